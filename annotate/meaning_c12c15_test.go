package annotate

import "testing"

// The tests below check the English rules against conventions C12–C15 of
// round 15 (testdata/gold/README.md, "Round 15: C12–C15"; RELABEL-r15.md).
// The sentences were written for this test from the conventions' text, not
// taken from a labelled passage: positives in several syntaxes (active,
// passive, nominal, reported, modal) and near misses that use the same cue
// words in the sense the convention leaves out.

// TestRulesFollowConventionC12 checks that ICT crime named as crime, and
// action against it, is topic.cybercrime without the word "cybercrime"; and
// that a bare ransomware incident, help to its victims, an attribution to a
// State naming no crime, and crime with no ICT named are not.
func TestRulesFollowConventionC12(t *testing.T) {
	tagsMeanings(t, []meaning{
		// (a) named as crime.
		{"The Akira ransomware gang has claimed the intrusion into the council's network.", "topic.cybercrime", true},
		{"Investigators traced the theft to a criminal ring that used bots to infect thousands of home computers.", "topic.cybercrime", true},
		{"Hackers who encrypt hospital records and extort their owners are criminals, the minister said.", "topic.cybercrime", true},
		{"Ransomware is a complex crime that crosses borders and jurisdictions.", "topic.cybercrime", true},
		{"These intrusions into the ministry's network are criminal acts, the minister said.", "topic.cybercrime", true},
		// (b) acted against: policing, court orders, reports to the police.
		{"A judge granted the company a court order to seize the domains that controlled the malware.", "topic.cybercrime", true},
		{"Police in four countries arrested the operators of the botnet and seized its command servers.", "topic.cybercrime", true},
		{"Two hackers who stole the ministry's data were charged with computer intrusion.", "topic.cybercrime", true},
		{"Clinics should report every ransomware attack and every ransom paid to the FBI.", "topic.cybercrime", true},
		{"Washington offered a reward for information leading to the arrest of the hackers who breached the pipeline's network.", "topic.cybercrime", true},
		// (b) a State asked to act against ransomware groups; pledges
		// against their finance.
		{"The President urged Moscow to take action against the ransomware operators working from Russian soil.", "topic.cybercrime", true},
		{"Members of the initiative pledged that their governments would not pay ransom demands.", "topic.cybercrime", true},
		{"The G7 called on Russia to hold accountable those conducting ransomware attacks from its territory.", "topic.cybercrime", true},
		{"The agencies issued a joint advisory on the tactics of a ransomware gang's affiliates.", "topic.cybercrime", true},
		{"Investigators identified the developers of the malware and issued arrest warrants.", "topic.cybercrime", true},
		{"The partners agreed to blacklist the cryptocurrency wallets in which ransomware payments are laundered.", "topic.cybercrime", true},
		// Near misses.
		{"Following a ransomware attack, the clinic restored its systems from backups.", "topic.cybercrime", false},
		{"Ransomware is one grievous example of the threats that operators of essential services face.", "topic.cybercrime", false},
		{"The agency helped the hospitals hit by ransomware to restore their services.", "topic.cybercrime", false},
		{"The United Kingdom attributed the NotPetya attack to the Russian military.", "topic.cybercrime", false},
		{"Officers arrested the gang's leader and four associates in a series of dawn raids.", "topic.cybercrime", false},
		{"The country has no extradition treaty with the States whose nationals it shelters.", "topic.cybercrime", false},
		{"The cyber operation was an armed attack and a crime of aggression.", "topic.cybercrime", false},
		{"Most injurious cyber operations by States are not cybercrimes and do not amount to war.", "topic.cybercrime", false},
		{"Law enforcement from five countries raided twenty homes and arrested a drug trafficker.", "topic.cybercrime", false},
		{"The government refused to pay the ransom after the attack on its tax office.", "topic.cybercrime", false},
		{"Hacktivists, patriotic hackers and cybercriminals have all joined the conflict on one side or the other.", "topic.cybercrime", false},
		{"The police obtained a search warrant for the suspect's house after the burglary.", "topic.cybercrime", false},
		{"The hospital paid the ransom after hackers encrypted its patient records.", "topic.cybercrime", false},
		{"A court ordered the opposition newspaper's website blocked and its domain seized.", "topic.cybercrime", false},
	})
}

// TestRulesFollowConventionC13 checks that a duty to prevent, stop or
// mitigate qualified by appropriate, reasonable, feasible or possible
// measures, the State's means or best efforts is standard.capacity, and that
// "necessary measures" alone, options, a State's own defence and a firm's
// reasonable steps are not.
func TestRulesFollowConventionC13(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"States are expected to take appropriate action to halt malicious activity from their territory.", "standard.capacity", true},
		{"Each State must do what is feasible, within its means, to prevent such harm.", "standard.capacity", true},
		{"A State is only required to use its best efforts to bring the operation to an end.", "standard.capacity", true},
		{"The territorial State should adopt every reasonable measure to mitigate the harm.", "standard.capacity", true},
		{"Prevention is owed to the extent of the State's capabilities.", "standard.capacity", true},
		{"Parties shall, to the fullest possible extent, prevent the use of their networks for attacks on others.", "standard.capacity", true},
		{"Sponsoring States must take necessary and appropriate measures to secure compliance by their contractors.", "standard.capacity", true},
		{"States should take adequate steps to prevent their networks from being used against others.", "standard.capacity", true},
		{"The territorial State must, to the best of its abilities, stop the operation.", "standard.capacity", true},
		{"States should take the measures that are practicable in the circumstances to mitigate the effects of the attack.", "standard.capacity", true},
		// Near misses.
		{"The study asks to what extent States can apply the law of the sea to submarine cables.", "standard.capacity", false},
		{"States have an obligation to take all necessary measures to prevent pollution of the marine environment.", "standard.capacity", false},
		{"The government announced that it will take the necessary measures to defend the country.", "standard.capacity", false},
		{"Possible measures include blocking traffic, sinkholing domains and seizing servers.", "standard.capacity", false},
		{"The employer must take reasonable steps to protect its staff's personal data.", "standard.capacity", false},
		{"The authority took measures to block the malicious traffic.", "standard.capacity", false},
		{"The State must act with a diligence commensurate with the gravity of the risk.", "standard.capacity", true},
		{"We will do our utmost to prove the responsibility of the country behind the attacks.", "standard.capacity", false},
	})
}

// TestRulesFollowConventionC14 checks that a domestic legal, policy or
// institutional framework for cybersecurity or cybercrime, and incident or
// contingency plans of States and public bodies, are
// measures.capacity_building; a treaty that sets a framework for
// international cooperation, the UN framework of responsible behaviour, a
// firm's continuity plan and non-ICT frameworks are not.
func TestRulesFollowConventionC14(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"The country has yet to adopt a general legal framework on cybersecurity.", "measures.capacity_building", true},
		{"Lawmakers strengthened the national legal framework against computer crime last year.", "measures.capacity_building", true},
		{"The act created the institutional framework for protecting critical information infrastructure.", "measures.capacity_building", true},
		{"The cybersecurity strategy calls for a national framework for the protection of critical information infrastructure.", "measures.capacity_building", true},
		{"The law requires each ministry to draw up a continuity plan for its information systems.", "measures.capacity_building", true},
		{"Every ministry should maintain an incident response plan for attacks on its networks.", "measures.capacity_building", true},
		{"Public bodies must draw up contingency plans for the failure of their ICT systems.", "measures.capacity_building", true},
		{"The programme helps partner countries build their capacities to investigate online crime.", "measures.capacity_building", true},
		{"The convention will enhance the ability of partner countries to respond to cyber incidents.", "measures.capacity_building", true},
		// Near misses.
		{"The convention establishes a framework for international cooperation to investigate and prosecute crime.", "measures.capacity_building", false},
		{"The framework for responsible State behaviour in cyberspace rests on norms and international law.", "measures.capacity_building", false},
		{"The firm's business continuity plan kept its payment systems running during the outage.", "measures.capacity_building", false},
		{"The United Nations framework for cybersecurity cooperation was welcomed by the Assembly.", "measures.capacity_building", false},
		{"The UN framework of responsible State behaviour in cyberspace includes eleven norms.", "measures.capacity_building", false},
		{"The bank's contingency plan covers a cyber outage of its payment systems.", "measures.capacity_building", false},
		{"The Paris Agreement sets a legal framework for national climate plans.", "measures.capacity_building", false},
		{"The EU is concerned by the increased ability of hostile actors to pursue their aims through cyber operations.", "measures.capacity_building", false},
		{"The operator will increase the capacity of its network to carry more video traffic online.", "measures.capacity_building", false},
		{"Differing legal frameworks on cybercrime slow down cooperation between police forces.", "measures.capacity_building", false},
		{"The ministry tested its crisis plan for a long outage of government networks last spring.", "measures.capacity_building", true},
	})
}

// TestRulesFollowConventionC15 checks that an operation or group linked to
// a State by an attributing act or a hedged report is
// topic.state_responsibility, and that a bare descriptor of its author,
// "state-sponsored" with no State named, and origin alone are not.
func TestRulesFollowConventionC15(t *testing.T) {
	tagsMeanings(t, []meaning{
		{"Analysts have linked the intrusion to hackers working for Chinese military intelligence.", "topic.state_responsibility", true},
		{"Researchers believe the group is backed by the Iranian government.", "topic.state_responsibility", true},
		{"The campaign was reportedly run on the orders of the North Korean regime.", "topic.state_responsibility", true},
		{"The hackers allegedly followed directions of the Chinese government when they broke into the networks.", "topic.state_responsibility", true},
		{"The group is suspected of acting on behalf of the Russian government.", "topic.state_responsibility", true},
		{"Security firms associate the wiper with a unit of the GRU.", "topic.state_responsibility", true},
		{"Prosecutors indicted two men tied to China's Ministry of State Security for the hack.", "topic.state_responsibility", true},
		{"When can the conduct of a hacker group be attributed to the State that directs it?", "topic.state_responsibility", true},
		{"The court had to decide whether the proxies acted on behalf of the State or on their own initiative.", "topic.state_responsibility", true},
		{"Military intelligence is said to hire cybercriminals for deniable operations against its neighbours.", "topic.state_responsibility", true},
		{"Proxies directed and controlled by official state authorities carry out many of these cyber operations.", "topic.state_responsibility", true},
		// Near misses.
		{"The grid is controlled by a state-owned utility, which reported the cyber incident to the regulator.", "topic.state_responsibility", false},
		{"The ambassador spoke on behalf of the government at the conference on cyber norms.", "topic.state_responsibility", false},
		{"The response to the operation was directed by the company's own security team.", "topic.state_responsibility", false},
		{"A Russia-linked hacking group claimed the attack on the airport's website.", "topic.state_responsibility", false},
		{"Foreign state-sponsored botnets scan the ministry's network every day.", "topic.state_responsibility", false},
		{"The attack is believed to have originated in Iran.", "topic.state_responsibility", false},
		{"The gang holds an ideological stance close to that of the Kremlin.", "topic.state_responsibility", false},
		{"The gang, which has ties to the Russian government, encrypted the hospital's servers.", "topic.state_responsibility", false},
		{"Investigators say the ransomware operation was not sponsored by any state.", "topic.state_responsibility", false},
		{"The wiper attack has been linked to Russian military intelligence.", "topic.state_responsibility", true},
		{"Officials said the campaign was financed by Iran.", "topic.state_responsibility", true},
	})
}
