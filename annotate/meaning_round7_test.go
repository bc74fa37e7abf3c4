package annotate

import (
	"testing"

	"github.com/normdex/normdex/corpus"
)

// tagsMeanings checks whether the default codebook tags each sentence with
// the element, affirmed or rejected, as `normdex rules eval` counts it.
func tagsMeanings(t *testing.T, cases []meaning) {
	t.Helper()
	checkMeanings(t, cases, "has", func(corpus.Annotation) bool { return true })
}

// TestRulesReadMeaningsRound7 checks the weakest elements of issue 16 by
// their meaning: for each, a family of paraphrases legal English uses
// (passive, nominalised, modal, inverted), and near misses that use the cue
// in another sense, in passing, or hedged. The sentences were written from
// the codebook's definitions before any labelled passage of this round was
// read, so that the rules are tested on sense, not on the wording of a
// training passage.
func TestRulesReadMeaningsRound7(t *testing.T) {
	tagsMeanings(t, []meaning{
		// status.binding: due diligence (or an analogous duty to prevent)
		// said to be law, in several syntaxes.
		{"Due diligence is, in the view of the Government, an obligation that international law places on every State.", "status.binding", true},
		{"The duty to exercise due diligence in cyberspace is binding on all States.", "status.binding", true},
		{"Under customary international law, States are obliged to ensure that their territory is not used for cyber operations against other States.", "status.binding", true},
		{"A failure to act diligently against harmful activity on its territory engages the international responsibility of the State.", "status.binding", false}, // C2 (round 13): no word of legal status said of the duty
		{"The principle of due diligence forms part of general international law and applies to cyberspace.", "status.binding", true},
		{"Estonia considers that States must exercise due diligence over cyber infrastructure on their territory.", "status.binding", true},
		{"That States may not knowingly allow their territory to be used against other States has long been accepted as a rule of international law.", "status.binding", true},
		// ... and near misses: other obligations, questions, hedges.
		{"The Budapest Convention imposes binding obligations on its parties to criminalise illegal access.", "status.binding", false},
		{"States have an obligation to respect human rights online.", "status.binding", false},
		{"Whether due diligence is a binding obligation in cyberspace is a question this paper leaves open.", "status.binding", false},
		{"The GGE report is not legally binding, but it reflects the consensus of its members.", "status.binding", false},
		{"Due diligence is not yet a rule of customary international law in cyberspace.", "status.binding", false},
		// status.voluntary: the norm framed as non-binding, not yet law.
		{"Due diligence is not yet a rule of customary international law in cyberspace.", "status.voluntary", true},
		{"Due diligence in cyberspace remains a voluntary norm of responsible State behaviour.", "status.voluntary", true},
		{"In our view, State practice is insufficient to establish a customary rule of due diligence in cyberspace.", "status.voluntary", true},
		{"The due diligence principle has not crystallised into a binding rule applicable to cyber operations.", "status.voluntary", true},
		{"The United Kingdom is not persuaded that a general obligation of due diligence exists in international law.", "status.voluntary", true},
		{"Norm 13(c) is a political commitment, not a legal obligation.", "status.voluntary", true},
		{"The GGE report is not legally binding, but it reflects the consensus of its members.", "status.voluntary", false},
		{"The eleven norms of the GGE report are voluntary and non-binding.", "status.voluntary", false},
		{"Companies may join the scheme on a voluntary basis.", "status.voluntary", false},
		{"There is debate over whether due diligence is binding.", "status.voluntary", false},
		// measures.capacity_building: the preparatory steps, in cyber.
		{"Japan has trained incident responders from ASEAN countries in cooperation with local CERTs.", "measures.capacity_building", true},
		{"We call for capacity building to help developing countries establish national computer emergency response teams.", "measures.capacity_building", true},
		{"States should designate points of contact for serious ICT incidents.", "measures.capacity_building", true},
		{"The national cybersecurity strategy foresees a round-the-clock incident response team.", "measures.capacity_building", true},
		{"The project builds the capacity of farmers to adapt to drought.", "measures.capacity_building", false},
		{"The hospital has expanded its capacity to 400 beds.", "measures.capacity_building", false},
		{"The World Bank finances capacity building for tax administrations in the region.", "measures.capacity_building", false},
		{"The workshop trained teachers in classroom management.", "measures.capacity_building", false},
		// measures.assistance: help from others to deal with an operation.
		{"A State that lacks the means to stop the operation should request assistance from other States or the private sector.", "measures.assistance", true},
		{"Upon request, States should provide help to the affected State in mitigating the incident.", "measures.assistance", true},
		{"Allied teams were dispatched to help Albania recover from the cyberattack.", "measures.assistance", true},
		{"The victim State sought the support of international partners to contain the intrusion.", "measures.assistance", true},
		{"The agency offers assistance to citizens filing their tax returns.", "measures.assistance", false},
		{"Development assistance to the region rose by ten percent.", "measures.assistance", false},
		{"Technical assistance programmes help countries draft cybersecurity strategies.", "measures.assistance", false},
		// actors.state: conduct attributed to a State.
		{"The intrusion was attributable to the Russian Federation under the law of State responsibility.", "actors.state", true},
		{"Operations by hackers acting on the instructions of a government are acts of that State.", "actors.state", true},
		{"Conduct of private groups directed or controlled by a State is attributed to that State.", "actors.state", true},
		{"Investigators concluded that a unit of the People's Liberation Army carried out the intrusion.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The State Department published its annual report on human rights.", "actors.state", false},
		{"State agencies must report incidents to the national CERT within 24 hours.", "actors.state", false},
		{"Attribution of cyber operations is technically difficult.", "actors.state", false},
		// actors.non_state: private conduct within a rule, not as a threat.
		{"The obligation extends to harmful acts of private persons operating from the territory.", "actors.non_state", true},
		{"A State must act when criminal groups use servers on its territory against another State.", "actors.non_state", true},
		{"Due diligence applies irrespective of whether the operation is conducted by a State or by a non-State actor.", "actors.non_state", true},
		{"Proxies acting under the effective control of a government engage its responsibility.", "actors.non_state", true},
		{"Hacktivists defaced dozens of websites during the protests.", "actors.non_state", false},
		{"Non-State actors such as NGOs took part in the consultations.", "actors.non_state", false},
		{"The conference brought together governments, the private sector and civil society.", "actors.non_state", false},
		// topic.ihl: the law of armed conflict stated or applied.
		{"Cyber operations during an armed conflict must respect the principles of distinction and proportionality.", "topic.ihl", true},
		{"The law of armed conflict applies to cyber operations conducted by belligerents.", "topic.ihl", true},
		{"Data of civilian hospitals must be respected and protected during hostilities.", "topic.ihl", true},
		{"A cyber operation that causes death or destruction is an attack within the meaning of Additional Protocol I.", "topic.ihl", true},
		{"The company faced a conflict of interest in the procurement.", "topic.ihl", false},
		{"Proportionality is a requirement for countermeasures.", "topic.ihl", false},
		{"The humanitarian response to the floods reached two million people.", "topic.ihl", false},
		// topic.cybercrime: crime fought as crime.
		{"Police seized the servers used by the fraud ring to steal bank credentials.", "topic.cybercrime", true},
		{"The Budapest Convention provides for expedited preservation of stored computer data.", "topic.cybercrime", true},
		{"Prosecutors charged three men with hacking into the utility's network.", "topic.cybercrime", true},
		{"Law enforcement cooperation against online child abuse must be strengthened.", "topic.cybercrime", true},
		{"The crime rate in the city fell last year.", "topic.cybercrime", false},
		{"A ransomware attack disrupted the hospital's systems.", "topic.cybercrime", false},
		{"Cybersecurity firms detected a new strain of malware.", "topic.cybercrime", false},
		// standard.capacity: the standard of conduct.
		{"States are expected to take all reasonable measures available to them.", "standard.capacity", true},
		{"What is required depends on the means at the disposal of the territorial State.", "standard.capacity", true},
		{"The duty is one of conduct, assessed case by case.", "standard.capacity", true},
		{"A State must do what it feasibly can to stop the operation.", "standard.capacity", true},
		{"The data centre has a capacity of 40 megawatts.", "standard.capacity", false},
		{"The reasonable person test applies in negligence claims.", "standard.capacity", false},
		{"The ministry has the capacity to process ten thousand visa applications a day.", "standard.capacity", false},
		// territory.transit: infrastructure an operation passes through.
		{"Due diligence also applies to States through whose networks an operation is routed.", "territory.transit", true},
		{"The attack passed through servers in three countries before reaching its target.", "territory.transit", true},
		{"Transit States are unlikely to be aware of the malicious packets crossing their networks.", "territory.transit", true},
		{"Goods in transit are exempt from customs duties.", "territory.transit", false},
		{"The pipeline transits Turkey before reaching Europe.", "territory.transit", false},
		{"Public transit in the capital was disrupted by the strike.", "territory.transit", false},
		// scope.termination: ending an ongoing operation.
		{"Once informed, the State should put an end to the operation.", "scope.termination", true},
		{"The territorial State must take steps to halt the ongoing attack.", "scope.termination", true},
		{"Norm 13(c) requires a State to stop malicious activity it knows of on its territory.", "scope.termination", true},
		{"The State failed to bring the harmful cyber activity to an end.", "scope.termination", true},
		{"The contract may be terminated by either party with 30 days' notice.", "scope.termination", false},
		{"The company stopped production because of supply shortages.", "scope.termination", false},
		{"The talks ended without agreement.", "scope.termination", false},
		{"Employees must stop using personal email accounts.", "scope.termination", false},
	})
}

// TestRulesReadMeaningsRound7Harder adds, for the same elements, the
// harder syntax: nominalised and inverted claims, hedges a speaker makes
// his own, negation, and cue words said of another subject in the same
// sentence.
func TestRulesReadMeaningsRound7Harder(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"Norm 13(c) reflects an existing legal obligation rather than a mere political commitment.", "status.binding", true},
		{"Such a duty of vigilance has been recognised by the International Court of Justice as binding on States.", "status.binding", true},
		{"Binding on every State is the obligation not to allow its territory to be used for acts contrary to the rights of other States.", "status.binding", true},
		{"The existence of a customary obligation of due diligence is confirmed by the Corfu Channel judgment.", "status.binding", true},
		{"Sovereignty is a rule of international law; due diligence is discussed in the next chapter.", "status.binding", false},
		{"The treaty's obligations of notification were breached, the arbitral tribunal found.", "status.binding", false},
		{"Due diligence is better understood as a standard of good practice than as a rule of law.", "status.voluntary", true},
		{"We do not consider that due diligence is, as yet, a rule of customary international law.", "status.voluntary", true},
		{"Norm 13(c) is not, in our view, binding as a matter of international law.", "status.voluntary", true},
		{"The voluntary fund supports the participation of small delegations in the working group.", "status.voluntary", false},
		{"Countries may report on a voluntary basis how they implement the norms, including norm 13(c).", "status.voluntary", false},
		{"States agreed to strengthen cyber resilience through training for national CSIRTs.", "measures.capacity_building", true},
		{"Capacity building on how international law applies in cyberspace should be demand-driven.", "measures.capacity_building", true},
		{"The ministry adopted a national cybersecurity strategy and new computer crime legislation.", "measures.capacity_building", true},
		{"The port authority is expanding its capacity to handle container ships.", "measures.capacity_building", false},
		{"Partnerships with local farmers helped build the capacity of rural cooperatives.", "measures.capacity_building", false},
		{"Assistance was requested from the European Union after the ransomware attack crippled the customs system.", "measures.assistance", true},
		{"When a State cannot address the activity alone, it may seek the help of other States.", "measures.assistance", true},
		{"Mutual legal assistance treaties govern requests for evidence between police forces.", "measures.assistance", false},
		{"The guide helps local governments respond to incidents in their own agencies.", "measures.assistance", false},
		{"The cyberattack on the power grid was attributed to Russian military intelligence.", "actors.state", false},      // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Hackers working for the Iranian government carried out the attack on the water utility.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The operation was conducted by a criminal group with no known ties to any government.", "actors.state", false},
		{"State-owned banks were among the victims of the attack.", "actors.state", false},
		{"Where a State knows that criminals on its territory are attacking another State, it must act.", "actors.non_state", true},
		{"Attacks by non-State actors may trigger the right of self-defence.", "actors.non_state", true},
		{"Private companies own most of the infrastructure and are key partners in cybersecurity.", "actors.non_state", false},
		{"IHL limits cyber operations in armed conflict just as it limits any other weapon.", "topic.ihl", true},
		{"Medical units must be respected and protected at all times, including against cyber operations.", "topic.ihl", true},
		{"The report lists international humanitarian law among the topics for future study.", "topic.ihl", false},
		{"Proportionality of the measures was assessed by the court under the European Convention.", "topic.ihl", false},
		{"The Convention against Cybercrime was opened for signature in Hanoi.", "topic.cybercrime", true},
		{"Extradition of the hackers was refused by the requested State.", "topic.cybercrime", true},
		{"Fraud in public procurement costs the State millions each year.", "topic.cybercrime", false},
		{"The threshold depends on what is feasible for the State concerned in the circumstances.", "standard.capacity", true},
		{"Due diligence is an obligation of conduct, not of result.", "standard.capacity", true},
		{"The State must use its best efforts to stop the harmful activity.", "standard.capacity", true},
		{"The server farm reached full capacity during the holiday sales.", "standard.capacity", false},
		{"The committee has the capacity to adopt decisions by a simple majority.", "standard.capacity", false},
		{"States of transit have no duty to monitor the traffic crossing their networks.", "territory.transit", true},
		{"The malicious traffic was relayed through compromised machines in several countries.", "territory.transit", true},
		{"The transit of migrants through the country rose sharply.", "territory.transit", false},
		{"Transit passage through straits may not be suspended.", "territory.transit", false},
		{"The affected State may ask the State of origin to cease the operation.", "scope.termination", true},
		{"Suppression of the ongoing activity is what the territorial State owes.", "scope.termination", true},
		{"Authorities took the botnet's command servers offline at the request of the victim State.", "scope.termination", true},
		{"The employment contract was terminated for gross misconduct.", "scope.termination", false},
		{"Talks on the trade agreement were halted after the election.", "scope.termination", false},
		// Precision causes found in the training passages, in new words.
		{"The essay sets out the author's views on sovereignty and on the obligation of due diligence.", "status.binding", false},
		{"The project seeks to identify binding obligations of due diligence in cyberspace.", "status.binding", false},
		{"Whether a breach of sovereignty occurred is assessed case by case.", "standard.capacity", false},
		{"What due diligence requires is assessed case by case, in light of the means of the State.", "standard.capacity", true},
		{"The government has no effective control over the areas outside its control held by rebels.", "actors.state", false},
	})
}

// TestRulesReadMeaningsRound7Recall adds paraphrases for the elements whose
// recall was lowest on passages the rules had not seen: help, private
// actors within the duty, crime fought, the standard of conduct, transit and
// stopping.
func TestRulesReadMeaningsRound7Recall(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"Where the territorial State lacks the technical means, other States should stand ready to lend a hand in stopping the operation.", "measures.assistance", true},
		{"The affected State called on its partners for support in restoring its networks after the attack.", "measures.assistance", true},
		{"Several allies pledged expertise to help the victim State investigate the intrusion.", "measures.assistance", true},
		{"International cooperation is essential to respond to incidents that cross borders.", "measures.assistance", true},
		{"The duty covers operations by individuals and groups within the State's jurisdiction, not only by its organs.", "actors.non_state", true},
		{"States cannot escape responsibility by outsourcing operations to private contractors.", "actors.non_state", true},
		{"The norm concerns activities on a State's territory whoever conducts them.", "actors.non_state", true},
		{"Ransomware operators based abroad should be brought to justice through cooperation between police forces.", "topic.cybercrime", true},
		{"Member States are negotiating a treaty on countering the use of ICTs for criminal purposes.", "topic.cybercrime", true},
		{"Investigators traced the stolen cryptocurrency and charged the hackers with wire fraud.", "topic.cybercrime", true},
		{"The level of diligence expected of a State is proportionate to the risk involved.", "standard.capacity", true},
		{"A State cannot be expected to do more than is within its power.", "standard.capacity", true},
		{"Due diligence does not require the impossible.", "standard.capacity", true},
		{"The State need only take those steps that are reasonably available to it.", "standard.capacity", true},
		{"An operation launched from one State may transit the networks of another before reaching its target.", "territory.transit", true},
		{"States whose infrastructure was used only as a conduit are in a different position from the State of origin.", "territory.transit", true},
		{"The territorial State is expected to bring the harmful activity to a halt once it learns of it.", "scope.termination", true},
		{"The State must act to make the ongoing operation cease.", "scope.termination", true},
		// Written after the round's new passages were scored, from the
		// causes of their errors.
		{"The delegation asked for a debate on the concepts of sovereignty, self-defence and attribution.", "topic.sovereignty", false},
		{"The programme raised the technical capacity of partner countries to respond to cyber threats.", "standard.capacity", false},
		{"Mass surveillance of communications violates the right to privacy.", "measures.monitoring", false},
		{"The grant funds a centre within the ministry that will monitor threats to government networks.", "measures.monitoring", false},
		{"Market surveillance regulations require Member States to designate national authorities.", "measures.capacity_building", false},
		{"The course trained prosecutors in handling electronic evidence.", "measures.capacity_building", true},
		{"The load balancer closes a connection when a request times out before being terminated.", "measures.response", false},
		{"The indictment named two intelligence officers and the criminal hackers they hired.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Prosecutors charged members of the gang behind the ransomware attacks.", "actors.non_state", false},          // C10 (round 14): a State's own prosecution of criminals is policing (topic.cybercrime)
		{"Experts sent by allied governments helped in the country's recovery.", "measures.assistance", true},
		{"Due diligence has not yet emerged as applicable to cyberspace.", "status.voluntary", true},
		{"Investigators attributed the long-running espionage campaign against the ministry to Chinese military intelligence.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The government concluded that the Iranian regime was behind the attack on its border systems.", "actors.state", false},                       // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Platforms that censor speech wield more power over free expression than many governments.", "topic.human_rights", true},
		{"The national CERT alerted its counterpart in the neighbouring country to the ongoing attack.", "measures.notification", true},
		{"The incident was contained quickly and further damage was prevented.", "scope.mitigation", true},
		{"The ceasefire brought a cessation of hostilities along the front.", "scope.termination", false},
		{"The national CERT was itself knocked offline by a denial-of-service attack.", "measures.capacity_building", false},
		{"The agency contacted the national CERT of the victim State the same day.", "measures.capacity_building", false},
		{"The launch event will raise awareness of the new dialogue among diplomats.", "measures.capacity_building", false},
		{"Campaigns to raise awareness of cyber risks among small businesses are part of the strategy.", "measures.capacity_building", true},
		{"The law establishes a national CSIRT with a mandate to coordinate incident response.", "measures.capacity_building", true},
		{"Criminals conceal themselves by routing traffic through anonymising networks and proxies.", "territory.transit", false},
		{"The intrusion hopped through servers in three countries before reaching the ministry.", "territory.transit", true},
		{"Several governments attributed the long campaign of intrusions into their networks to Iran.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Investigators named as the suspects members of a unit of the military intelligence service.", "actors.state", false}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The partners agreed to disrupt ransomware gangs and to trace the payments made to them.", "topic.cybercrime", true},
		{"The duty not to allow one's territory to be used against other States, a principle enshrined in customary international law, applies online.", "status.binding", true},
	})
}
