package annotate

import "testing"

// The tests below check the English rules of round 26, written from the
// vocabulary in which legal and policy texts say six elements (the round's
// VOCAB-en.md), and from the other senses of the same words where the
// elements' precision on untouched text was low. The sentences were written
// for this test, not taken from a labelled passage: positives in several
// syntaxes and near misses (other senses, passing mentions, the conventions'
// NOT lines).

// TestRound26ANotification checks measures.notification for the affected or
// territorial State notified, informed, warned or alerted of an operation or
// danger (C8, C29) in its verbs, nouns and diplomatic forms (a note verbale,
// a demarche, a formal notification received), and not for advisories to the
// public, agencies telling their own victims, firms telling customers or
// regulators, or bodies telling States of programmes, views or treaty events.
func TestRound26ANotification(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The victim State should notify the State from whose territory the operation is conducted and give it the technical details it has.", []string{"measures.notification"}},
		{"en", "Once it had traced the botnet, the injured State informed the territorial State of the malicious activity on its servers.", []string{"measures.notification"}},
		{"en", "Germany alerted the Dutch authorities that servers in Amsterdam were being used to attack its energy grid.", []string{"measures.notification"}},
		{"en", "The affected State may apprise the State of origin of the intrusion through diplomatic channels.", []string{"measures.notification"}},
		{"en", "States should warn other States of significant cyber incidents that may affect them.", []string{"measures.notification"}},
		{"en", "Finland formally notified Russia that a ransomware group was attacking Finnish hospitals from Russian territory.", []string{"measures.notification"}},
		{"en", "The foreign ministry delivered a diplomatic note to the embassy describing the intrusion into its networks from that country's servers.", []string{"measures.notification"}},
		{"en", "The government issued a demarche to the State where the command servers were located, asking it to look into the attacks.", []string{"measures.notification"}},
		{"en", "The national CERT flagged the malicious traffic to its counterpart in the country hosting the servers.", []string{"measures.notification"}},
		{"en", "Once the territorial State has been notified of the harmful cyber activity, it must take steps to address it.", []string{"measures.notification", "knowledge.actual"}},
		{"en", "A State that received notice of the operation from the victim State and did nothing may breach its obligation.", []string{"measures.notification", "knowledge.actual"}},
		{"en", "The State was put on notice by its neighbour that attacks were being launched from its infrastructure.", []string{"measures.notification", "knowledge.actual"}},
		{"en", "Where a State is made aware by another State that its servers host a botnet, it should act.", []string{"measures.notification", "knowledge.actual"}},
		{"en", "After the host State received a formal notification about the attack, it took down the servers.", []string{"measures.notification", "knowledge.actual"}},
		{"en", "The State of origin shall provide the State likely to be affected with timely notification of the risk and the available technical information.", []string{"measures.notification"}},
		{"en", "Prior notification and consultation with potentially affected States is part of the duty of prevention.", []string{"measures.notification"}},
		{"en", "The obligation to notify other States of an imminent danger was recognised in the Corfu Channel case.", []string{"measures.notification"}},
		{"en", "States should use the points of contact to notify each other of incidents originating in their territory.", []string{"measures.notification"}},
		{"en", "Early warning to affected States allows them to protect their networks before the malware spreads.", []string{"measures.notification"}},
		{"en", "The State must give notice to the affected State without delay when it learns of an operation against it.", []string{"measures.notification"}},
		{"en", "The CISA warned that ransomware groups are increasingly targeting hospitals and schools.", []string{"-measures.notification"}},
		{"en", "Experts warned governments that the number of cyber attacks will rise next year.", []string{"-measures.notification"}},
		{"en", "Companies must notify their customers and the data protection authority within 72 hours of a personal data breach.", []string{"-measures.notification"}},
		{"en", "The bank informed its clients that their accounts had been compromised in the attack.", []string{"-measures.notification"}},
		{"en", "The agency issued an alert to organisations across the country urging them to patch the vulnerability.", []string{"-measures.notification"}},
		{"en", "Operators of essential services shall notify the competent authority of incidents having a significant impact.", []string{"-measures.notification"}},
		{"en", "The working group informed States about its programme of work and the dates of its sessions.", []string{"-measures.notification"}},
		{"en", "The national position paper informs other States of how the Netherlands sees the application of international law.", []string{"-measures.notification"}},
		{"en", "Their approach is informed by State practice and the work of the International Law Commission.", []string{"-measures.notification"}},
		{"en", "The government notified the World Trade Organization of its new technical regulations.", []string{"-measures.notification"}},
		{"en", "Our capacity building programme helps States make informed decisions about their cyber security policies.", []string{"-measures.notification"}},
		{"en", "The United Kingdom publicly informed the international community that the GRU was behind the attack.", []string{"-measures.notification"}},
		{"en", "The Secretary-General informed States that the treaty had entered into force.", []string{"-measures.notification"}},
		{"en", "The ministry warned the public against opening attachments from unknown senders.", []string{"-measures.notification"}},
		{"en", "The minister warned Russia that further attacks would be met with sanctions.", []string{"-measures.notification"}},
		{"en", "The hospital alerted the police after the attackers demanded a ransom.", []string{"-measures.notification"}},
		{"en", "The early warning system for tsunamis informs coastal States of dangerous waves.", []string{"-measures.notification"}},
		{"en", "The United States warned its allies against buying equipment from the Chinese firm.", []string{"-measures.notification"}},
		{"en", "The FBI notified hundreds of victims that their routers had been infected by the malware.", []string{"-measures.notification"}},
		{"en", "The government informed parliament about the cyber attack on the ministry.", []string{"-measures.notification"}},
		{"en", "Microsoft notified customers targeted by nation-state hackers.", []string{"-measures.notification"}},
		{"en", "The agency published an advisory warning of a new ransomware strain targeting schools.", []string{"-measures.notification"}},
		{"en", "Cloudflare alerted users of the outage through its status page.", []string{"-measures.notification"}},
		{"en", "The ministry notified the contractors that their licences would be revoked.", []string{"-measures.notification"}},
		{"en", "The government warned that hostile States are trying to hack election systems.", []string{"-measures.notification"}},
		{"en", "The United States and its allies warned of Chinese state hackers targeting telecom networks.", []string{"-measures.notification"}},
		{"en", "Authorities warned businesses to be alert to phishing emails impersonating the tax office.", []string{"-measures.notification"}},
		{"en", "The NCSC notified victims of the campaign and offered guidance.", []string{"-measures.notification"}},
		{"en", "The country notified its withdrawal from the treaty to the depositary.", []string{"-measures.notification"}},
		{"en", "The State informed the Committee of the measures it has taken to implement the Convention.", []string{"-measures.notification"}},
		{"en", "The Foreign Office summoned the Russian ambassador to protest the cyber attacks.", []string{"-measures.notification"}},
		{"en", "With a national CSIRT, a country gains real-time monitoring, the issuance of early warnings and incident response for cyber threats.", []string{"-measures.notification"}},
	})
}

// TestRound26AActualKnowledge checks knowledge.actual in the further words of
// commentary (wilful blindness, the knowledge requirement, knowledge on the
// part of the State, a State made aware or knowing operations are being
// conducted) and "knowingly" where a State or allowing is named; not the
// penal "knowingly" of persons, awareness training, or a victim detecting an
// intrusion.
func TestRound26AActualKnowledge(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State that knowingly allows its infrastructure to be used for attacks against another State breaches the norm.", []string{"knowledge.actual"}},
		{"en", "The obligation arises only when the territorial State actually knows of the operation.", []string{"knowledge.actual"}},
		{"en", "Responsibility requires that the State had knowledge of the harmful activity conducted from its territory.", []string{"knowledge.actual"}},
		{"en", "Once a State becomes aware that its servers are used to attack another State, it must act.", []string{"knowledge.actual"}},
		{"en", "A State which learns of an ongoing cyber operation from its territory should take reasonable steps to end it.", []string{"knowledge.actual"}},
		{"en", "The duty is triggered when the State has detected the malicious activity on its networks.", []string{"knowledge.actual"}},
		{"en", "The standard is actual knowledge, not constructive knowledge.", []string{"knowledge.actual"}},
		{"en", "The State was fully cognizant of the attacks being launched from its territory and did nothing.", []string{"knowledge.actual"}},
		{"en", "Iran was conscious that the hackers were using its networks to attack the bank.", []string{"knowledge.actual"}},
		{"en", "The government knew that the ransomware group was operating from its soil.", []string{"knowledge.actual"}},
		{"en", "It is enough that the State was aware of the serious risk that the acts would be committed.", []string{"knowledge.actual"}},
		{"en", "A State cannot turn a blind eye to operations it knows are being conducted from its territory.", []string{"knowledge.actual"}},
		{"en", "With full knowledge of the campaign, the authorities allowed the servers to keep running.", []string{"knowledge.actual"}},
		{"en", "The knowledge requirement means the territorial State must have known of the operation at the time.", []string{"knowledge.actual"}},
		{"en", "Wilful blindness by the State of origin to attacks it has been told about is no defence.", []string{"knowledge.actual"}},
		{"en", "Such operations cannot take place without the knowledge of the government, which tolerates them.", []string{"knowledge.actual"}},
		{"en", "The obligation applies when the State has credible evidence of the operation conducted from its territory.", []string{"knowledge.actual"}},
		{"en", "The acquiescence of the territorial State in cyber activities of which it is aware engages its responsibility.", []string{"knowledge.actual"}},
		{"en", "Raising awareness of cyber hygiene among citizens is part of national capacity building.", []string{"-knowledge.actual"}},
		{"en", "To the best of our knowledge, no State has yet invoked the norm in practice.", []string{"-knowledge.actual"}},
		{"en", "Knowledge sharing among CERTs helps build resilience against cyber threats.", []string{"-knowledge.actual"}},
		{"en", "The attackers knew that the hospital would pay the ransom quickly.", []string{"-knowledge.actual"}},
		{"en", "As is well known, the Budapest Convention has been ratified by many States.", []string{"-knowledge.actual"}},
		{"en", "The state should have known that its territory was being used for attacks.", []string{"-knowledge.actual"}},
		{"en", "The programme aims to improve situational awareness of cyber threats in the region.", []string{"-knowledge.actual"}},
		{"en", "The knowledge-based economy depends on secure networks.", []string{"-knowledge.actual"}},
		{"en", "States are aware of the growing importance of international cooperation in cyberspace.", []string{"-knowledge.actual"}},
		{"en", "We are aware that the discussions in the working group have been difficult.", []string{"-knowledge.actual"}},
		{"en", "Victims often do not know that their devices are part of a botnet.", []string{"-knowledge.actual"}},
		{"en", "Technical knowledge and expertise are needed to attribute cyber operations.", []string{"-knowledge.actual"}},
		{"en", "Users should be made aware of the risks of phishing emails.", []string{"-knowledge.actual"}},
		{"en", "Whoever knowingly accesses a computer system without authorization shall be punished by imprisonment of up to five years.", []string{"-knowledge.actual"}},
		{"en", "The platform knowingly spread false information about the election online.", []string{"-knowledge.actual"}},
		{"en", "The defendant knowingly transmitted malicious code that damaged protected computers.", []string{"-knowledge.actual"}},
		{"en", "The company knowingly sold spyware to governments that abuse human rights.", []string{"-knowledge.actual"}},
		{"en", "Internet users are often unaware that their computers have been hijacked by a botnet.", []string{"-knowledge.actual"}},
		{"en", "The government is aware of the need to strengthen cyber security across all ministries.", []string{"-knowledge.actual"}},
		{"en", "The minister said the government learned of the cyber attack on the ministry from media reports.", []string{"-knowledge.actual"}},
		{"en", "Cyber security awareness training helps staff recognise phishing attacks.", []string{"-knowledge.actual"}},
		{"en", "States must not knowingly allow their territory to be used for internationally wrongful acts using ICTs.", []string{"knowledge.actual"}},
		{"en", "A State would breach its obligation only if it knowingly permitted the use of its cyber infrastructure for attacks.", []string{"knowledge.actual"}},
		{"en", "The knowledge requirement means the territorial State must have known of the cyber operation at the time.", []string{"knowledge.actual"}},
		{"en", "A State cannot turn a blind eye to cyber operations it knows are being conducted from its territory.", []string{"knowledge.actual"}},
		{"en", "Wilful blindness by the State of origin to cyber attacks it has been told about is no defence.", []string{"knowledge.actual"}},
		{"en", "The acquiescence of the territorial State in cyber activities of which it is aware engages its responsibility.", []string{"knowledge.actual"}},
		{"en", "The State's awareness of the malicious cyber activity on its territory triggers the duty to act.", []string{"knowledge.actual"}},
		{"en", "The duty applies when a State knows or has been made aware that its networks are being used for cyber attacks.", []string{"knowledge.actual"}},
		{"en", "Knowledge on the part of the State is a precondition of responsibility for cyber operations from its territory.", []string{"knowledge.actual"}},
		{"en", "Russia was informed by the United States that the ransomware group was operating from Russian territory.", []string{"knowledge.actual"}},
		{"en", "The Russian government is aware of our concerns and we will continue to raise them.", []string{"-knowledge.actual"}},
		{"en", "States are increasingly aware of the risks of ransomware to their critical infrastructure.", []string{"-knowledge.actual"}},
		{"en", "The company became aware of the breach two weeks after the intrusion.", []string{"-knowledge.actual"}},
		{"en", "The hospital detected the intrusion and disconnected its systems.", []string{"-knowledge.actual"}},
		{"en", "Security researchers detected the malware on thousands of routers.", []string{"-knowledge.actual"}},
		{"en", "The knowledge gap between States in cyber expertise must be narrowed.", []string{"-knowledge.actual"}},
		{"en", "Officials said they knew about the vulnerability for months before it was patched.", []string{"-knowledge.actual"}},
		{"en", "The minister told reporters that the government knows who is behind the attack.", []string{"-knowledge.actual"}},
		{"en", "The FBI knew the identities of the hackers but could not arrest them.", []string{"-knowledge.actual"}},
	})
}

// TestRound26APrevention checks scope.prevention for the duty to act before
// an operation happens in the further verbs (avert, guard against, pre-empt,
// discourage, keep the territory from being used), and not for conflict
// prevention, circumstances precluding wrongfulness, own-network defence or
// "help prevent future incidents".
func TestRound26APrevention(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "States should take measures to prevent their territory from being used for malicious ICT activity.", []string{"scope.prevention"}},
		{"en", "The norm requires preventive steps before a harmful operation occurs.", []string{"scope.prevention"}},
		{"en", "The State must act to avert cyber operations against other States from its territory.", []string{"scope.prevention"}},
		{"en", "Due diligence obliges States to forestall harmful operations launched from their infrastructure.", []string{"scope.prevention"}},
		{"en", "The territorial State should thwart attacks that it knows are being prepared on its networks.", []string{"scope.prevention"}},
		{"en", "States have a duty to guard against their infrastructure being used to harm other States.", []string{"scope.prevention"}},
		{"en", "A State should deter non-State actors from launching attacks from its territory.", []string{"scope.prevention"}},
		{"en", "The obligation of prevention is one of conduct, not of result.", []string{"scope.prevention"}},
		{"en", "The State should preclude the use of its servers for operations against its neighbours.", []string{"scope.prevention"}},
		{"en", "States should take steps to pre-empt cyber attacks emanating from their territory.", []string{"scope.prevention"}},
		{"en", "The duty extends to stopping attacks before they occur.", []string{"scope.prevention"}},
		{"en", "Due diligence does not require States to prevent every malicious use of their infrastructure.", []string{"scope.prevention"}},
		{"en", "The State is expected to discourage such activity by criminal groups in its territory.", []string{"scope.prevention"}},
		{"en", "Confidence-building measures help prevent misunderstandings and reduce the risk of conflict between States.", []string{"-scope.prevention"}},
		{"en", "The treaty on the prevention of an arms race in outer space remains under discussion.", []string{"-scope.prevention"}},
		{"en", "The court issued an injunction to prevent the company from selling the data.", []string{"-scope.prevention"}},
		{"en", "The illness prevented the minister from attending the meeting.", []string{"-scope.prevention"}},
		{"en", "Conflict prevention and peacebuilding remain at the heart of the United Nations' work.", []string{"-scope.prevention"}},
		{"en", "Vaccination campaigns prevent the spread of disease.", []string{"-scope.prevention"}},
		{"en", "Encryption prevents third parties from reading the messages.", []string{"-scope.prevention"}},
		{"en", "The lack of consensus prevented the group from adopting a final report.", []string{"-scope.prevention"}},
		{"en", "The firewall prevented the malware from spreading to the rest of the company's network.", []string{"-scope.prevention"}},
		{"en", "Suicide prevention programmes rely on mental health services.", []string{"-scope.prevention"}},
		{"en", "The firm invests in fraud prevention for its online banking customers.", []string{"-scope.prevention"}},
		{"en", "Nothing in this article prevents a Party from adopting stricter measures.", []string{"-scope.prevention"}},
		{"en", "Remediation of the compromised networks began hours after the cyber intrusion was detected.", []string{"-scope.prevention"}},
		{"en", "The administration acted to punish the perpetrators and prevent future attacks on American companies.", []string{"-scope.prevention"}},
		{"en", "Improving network resilience will help prevent incidents and allow a quick response when they occur.", []string{"-scope.prevention"}},
		{"en", "Hospitals should back up their data to prevent ransomware from disrupting patient care.", []string{"-scope.prevention"}},
		{"en", "The new strategy aims to prevent cyber attacks on the country's critical infrastructure.", []string{"-scope.prevention"}},
		{"en", "The government invests in cybersecurity to prevent, detect and respond to cyber threats.", []string{"-scope.prevention"}},
		{"en", "The convention's purpose is to prevent and combat cybercrime more efficiently and effectively.", []string{"-scope.prevention"}},
		{"en", "Multi-factor authentication can prevent most account takeovers.", []string{"-scope.prevention"}},
		{"en", "The agency shares threat intelligence to help organisations prevent breaches.", []string{"-scope.prevention"}},
		{"en", "Deterrence by punishment seeks to dissuade adversaries from attacking.", []string{"-scope.prevention"}},
		{"en", "Norms of responsible State behaviour help prevent conflict in cyberspace.", []string{"-scope.prevention"}},
		{"en", "The OEWG discussed how to prevent the escalation of tensions arising from ICT incidents.", []string{"-scope.prevention"}},
		{"en", "Sanctions are intended to deter further malicious cyber activity by the regime.", []string{"-scope.prevention"}},
		{"en", "Proactive measures to enhance cybersecurity and prevent adverse incidents include training and risk assessments.", []string{"-scope.prevention"}},
		{"en", "Companies must identify, prevent and mitigate adverse human rights impacts in their supply chains.", []string{"-scope.prevention"}},
		{"en", "The law introduces a duty of care for companies to prevent child labour in their supply chains.", []string{"-scope.prevention"}},
	})
}

// TestRound26AMitigation checks scope.mitigation for the harm or spread of a
// cyber operation lessened, abated, limited or curbed and for infected
// systems isolated (C23), and not for an injured State limiting its damage
// for reparation, a board overseeing cyber risk, burdens minimised or climate
// mitigation.
func TestRound26AMitigation(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The territorial State should take measures to mitigate the harm caused by the cyber operation.", []string{"scope.mitigation"}},
		{"en", "States should contain the effects of cyber incidents affecting other States.", []string{"scope.mitigation"}},
		{"en", "Minimising the damage of the ongoing cyber attack is part of the duty.", []string{"scope.mitigation"}},
		{"en", "The response team helped limit the damage caused by the ransomware attack on the ministry.", []string{"scope.mitigation"}},
		{"en", "The State must reduce the impact of the cyber operation on the victim State's critical infrastructure.", []string{"scope.mitigation"}},
		{"en", "The ministry isolated the infected systems to stop the malware from spreading further.", []string{"scope.mitigation"}},
		{"en", "The duty covers measures to lessen the harmful consequences of the cyber operation.", []string{"scope.mitigation"}},
		{"en", "The territorial State must do what it can to alleviate the effects of the cyber attack on the other State.", []string{"scope.mitigation"}},
		{"en", "States should cooperate to reduce the consequences of malicious ICT incidents.", []string{"scope.mitigation"}},
		{"en", "The agency worked to contain the data breach and restore the affected computer systems.", []string{"scope.mitigation"}},
		{"en", "The State of origin must take steps to abate the harmful effects of the cyber operation on its neighbour.", []string{"scope.mitigation"}},
		{"en", "Quarantining infected servers limited the spread of the worm across government networks.", []string{"scope.mitigation"}},
		{"en", "The CERT took steps to curb the spread of the ransomware to other ministries.", []string{"scope.mitigation"}},
		{"en", "Once a cyber operation has begun, the territorial State should limit its harmful effects on the victim State.", []string{"scope.mitigation"}},
		{"en", "The obligation includes damage limitation once the malicious cyber activity is under way.", []string{"scope.mitigation"}},
		{"en", "States should take measures to lessen the severity of cyber incidents affecting other States.", []string{"scope.mitigation"}},
		{"en", "The team helped the government recover its systems and limit the fallout from the cyber attack.", []string{"scope.mitigation"}},
		{"en", "Climate change mitigation requires steep cuts in greenhouse gas emissions, and digital tools can help.", []string{"-scope.mitigation"}},
		{"en", "Confidence-building measures in cyberspace reduce the risk of conflict between States.", []string{"-scope.mitigation"}},
		{"en", "The company must mitigate the cyber risks of its suppliers under the contract.", []string{"-scope.mitigation"}},
		{"en", "Mitigating circumstances were considered by the court in sentencing the hacker for the cyber attack.", []string{"-scope.mitigation"}},
		{"en", "The injured State must mitigate its own damage from the cyber operation to claim full reparation.", []string{"-scope.mitigation"}},
		{"en", "The firm's board must oversee measures to mitigate cyber risk under the SEC rules.", []string{"-scope.mitigation"}},
		{"en", "The bill seeks to minimise the administrative burden of cybersecurity reporting on small businesses.", []string{"-scope.mitigation"}},
		{"en", "Vendors released patches to mitigate the vulnerability in their routers and other network devices.", []string{"-scope.mitigation"}},
		{"en", "Cyber insurance can mitigate the financial losses of a data breach for the firm.", []string{"-scope.mitigation"}},
		{"en", "The Security Council discussed ways to mitigate the humanitarian impact of the conflict.", []string{"-scope.mitigation"}},
		{"en", "The firm's board must oversee measures to mitigate cyber risk under the SEC rules.", []string{"-scope.mitigation"}},
		{"en", "Vendors released patches to mitigate the vulnerability in their routers.", []string{"-scope.mitigation"}},
		{"en", "Diversifying suppliers helps to mitigate the risks of supply chain disruption.", []string{"-scope.mitigation"}},
	})
}

// TestRound26ASeriousHarm checks threshold.serious for the harm threshold in
// the words of treaties and the ILC (appreciable harm, more than trivial or
// detectable, beyond mere inconvenience, sufficient severity, a certain
// magnitude) as the measure of a duty (C30), and not for the damage an attack
// did, serious crime or a regulator's significant incidents.
func TestRound26ASeriousHarm(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "The norm applies only to cyber operations with serious adverse consequences for another State.", []string{"threshold.serious"}},
		{"en", "A State is required to act only when the cyber activity causes significant harm to another State.", []string{"threshold.serious"}},
		{"en", "The harm from the cyber operation must reach a certain threshold of gravity before the obligation is triggered.", []string{"threshold.serious"}},
		{"en", "Cyber operations causing substantial damage to the rights of another State fall within the duty.", []string{"threshold.serious"}},
		{"en", "Due diligence in cyberspace is engaged only where the harm is more than trivial.", []string{"threshold.serious"}},
		{"en", "The obligation is limited to cyber operations of sufficient severity.", []string{"threshold.serious"}},
		{"en", "States must prevent cyber activities likely to cause appreciable harm to other States.", []string{"threshold.serious"}},
		{"en", "Minor or trivial harm from a cyber operation does not trigger the obligation of the territorial State.", []string{"threshold.serious"}},
		{"en", "The seriousness of the consequences of the cyber operation determines what the State must do.", []string{"threshold.serious"}},
		{"en", "The duty arises only for cyber operations whose effects go beyond mere inconvenience to the affected State.", []string{"threshold.serious"}},
		{"en", "The harm must be more than detectable, though it need not be serious, for the duty of prevention to apply to cyber operations.", []string{"threshold.serious"}},
		{"en", "Only cyber operations of a certain magnitude engage the due diligence obligation of the territorial State.", []string{"threshold.serious"}},
		{"en", "The rule applies only where ICT activities produce grave effects on the territory of another State.", []string{"threshold.serious"}},
		{"en", "A cyber operation that causes material harm to another State's critical infrastructure engages the obligation.", []string{"threshold.serious"}},
		{"en", "The hackers caused significant damage to the hospital's computer systems.", []string{"-threshold.serious"}},
		{"en", "Serious crimes such as terrorism and cybercrime require close cooperation between police forces.", []string{"-threshold.serious"}},
		{"en", "The cyber attack was one of the most severe incidents in the country's history.", []string{"-threshold.serious"}},
		{"en", "The scale and effects of a cyber operation determine whether it amounts to an armed attack.", []string{"-threshold.serious"}},
		{"en", "Serious violations of human rights online must be investigated.", []string{"-threshold.serious"}},
		{"en", "Cyber operations can cause serious harm with very limited resources.", []string{"-threshold.serious"}},
		{"en", "The government takes the threat of ransomware very seriously.", []string{"-threshold.serious"}},
		{"en", "The ransomware attack had a significant impact on the company's operations for weeks.", []string{"-threshold.serious"}},
		{"en", "Ransomware poses a serious threat to national security.", []string{"-threshold.serious"}},
		{"en", "The data breach caused serious harm to thousands of patients whose data were leaked.", []string{"-threshold.serious"}},
		{"en", "Significant cyber incidents must be reported to the national CSIRT within 24 hours.", []string{"-threshold.serious"}},
		{"en", "Operators of essential services must notify cyber incidents having a significant impact on continuity of service.", []string{"-threshold.serious"}},
		{"en", "The data protection regulation imposes serious penalties on companies that fail to protect personal data.", []string{"-threshold.serious"}},
		{"en", "Under the NIS2 directive, a cyber incident is significant if it has caused or is capable of causing severe operational disruption.", []string{"-threshold.serious"}},
		{"en", "The harm to other States from cyber operations has been growing in severity every year.", []string{"-threshold.serious"}},
		{"en", "The attack had a significant impact on the company's operations for weeks.", []string{"-threshold.serious"}},
		{"en", "Ransomware poses a serious threat to national security.", []string{"-threshold.serious"}},
		{"en", "The breach caused serious harm to thousands of patients whose data were leaked.", []string{"-threshold.serious"}},
		{"en", "Significant cyber incidents must be reported to the national CSIRT within 24 hours.", []string{"-threshold.serious"}},
		{"en", "Operators of essential services must notify incidents having a significant impact on continuity of service.", []string{"-threshold.serious"}},
		{"en", "The regulation imposes serious penalties on companies that fail to protect data.", []string{"-threshold.serious"}},
		{"en", "Under the NIS2 directive, an incident is significant if it has caused or is capable of causing severe operational disruption.", []string{"-threshold.serious"}},
	})
}

// TestRound26AAssistancePrecision checks measures.assistance for help between
// States against an operation (C22, C27) and not for capacity-building aid,
// development lenders, the Budapest Convention's mutual assistance, a federal
// agency helping a city, or a firm hired by a victim.
func TestRound26AAssistancePrecision(t *testing.T) {
	checkLangCases(t, []langCase{
		{"en", "A State unable to end the operation itself should seek assistance from other States or the private sector.", []string{"measures.assistance"}},
		{"en", "Ukraine requested help from the European Union to respond to the cyber attacks on its government.", []string{"measures.assistance"}},
		{"en", "NATO deployed a rapid response team to help Montenegro recover from the cyber attack.", []string{"measures.assistance"}},
		{"en", "Costa Rica received assistance from the United States and Spain to deal with the ransomware attack on its ministries.", []string{"measures.assistance"}},
		{"en", "States should respond to requests for assistance from a State whose critical infrastructure is subject to malicious ICT acts.", []string{"measures.assistance"}},
		{"en", "The EU cyber rapid response teams can be sent to assist Member States facing significant incidents.", []string{"measures.assistance"}},
		{"en", "Allies offered support to Albania after the Iranian cyber attack on its government systems.", []string{"measures.assistance"}},
		{"en", "The programme provides technical assistance to developing countries to build their cyber security capacity.", []string{"-measures.assistance"}},
		{"en", "Mutual legal assistance treaties allow prosecutors to obtain evidence held abroad.", []string{"-measures.assistance"}},
		{"en", "A State that aids or assists another State in the commission of an internationally wrongful act is responsible.", []string{"-measures.assistance"}},
		{"en", "The agency helps companies improve their cyber hygiene through training and guidance.", []string{"-measures.assistance"}},
		{"en", "The national CSIRT assists government departments in handling incidents on their networks.", []string{"-measures.assistance"}},
		{"en", "Development assistance to Africa increased last year.", []string{"-measures.assistance"}},
		{"en", "States support the work of the Open-ended Working Group and its chair.", []string{"-measures.assistance"}},
		{"en", "The Netherlands supports the view that sovereignty is a rule of international law.", []string{"-measures.assistance"}},
		{"en", "The organisation helps States to understand how international law applies in cyberspace.", []string{"-measures.assistance"}},
		{"en", "Humanitarian assistance to the civilian population must not be impeded.", []string{"-measures.assistance"}},
		{"en", "The EU provides funding to support cyber resilience in partner countries.", []string{"-measures.assistance"}},
		{"en", "The helpdesk assists users who have forgotten their passwords.", []string{"-measures.assistance"}},
		{"en", "The court sought the assistance of experts to assess the damage.", []string{"-measures.assistance"}},
		{"en", "States cooperate in the exchange of information on best practices in cybersecurity.", []string{"-measures.assistance"}},
		{"en", "The United States provides cyber security assistance to Ukraine to strengthen its networks.", []string{"-measures.assistance"}},
		{"en", "The EU supports partner countries in building their cyber resilience through training.", []string{"-measures.assistance"}},
		{"en", "The World Bank provides assistance to countries developing digital infrastructure.", []string{"-measures.assistance"}},
		{"en", "The company hired a cybersecurity firm to help it recover from the ransomware attack.", []string{"-measures.assistance"}},
		{"en", "The national cyber agency helped the hospital restore its systems after the attack.", []string{"-measures.assistance"}},
		{"en", "The FBI assisted the city government in investigating the ransomware attack.", []string{"-measures.assistance"}},
		{"en", "Europol supported the police investigation that led to the arrest of the ransomware affiliates.", []string{"-measures.assistance"}},
		{"en", "Capacity-building assistance helps States implement the norms.", []string{"-measures.assistance"}},
		{"en", "Russia provided military assistance to the separatists in eastern Ukraine.", []string{"-measures.assistance"}},
		{"en", "States should cooperate to exchange information and build capacity in cybersecurity.", []string{"-measures.assistance"}},
		{"en", "The Budapest Convention provides for expedited mutual assistance between Parties in investigating cybercrime.", []string{"-measures.assistance"}},
		{"en", "Interpol helps member countries cooperate in the fight against cybercrime.", []string{"-measures.assistance"}},
		{"en", "Microsoft offers help to customers affected by the outage.", []string{"-measures.assistance"}},
		{"en", "Through police cooperation, Interpol helps its member countries respond to cross-border cyber attacks by criminal networks.", []string{"-measures.assistance"}},
	})
}
