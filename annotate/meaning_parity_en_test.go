package annotate

import (
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
)

// TestEnglishReadsFrenchSpanishMeanings checks the English rules on
// sentences rendered in legal English from the French and Spanish sense
// tests (lang_rules*_test.go, lang_senses3_test.go, lists_fres_test.go):
// the meanings French and Spanish are held to, English must read too. want
// lists the elements that must be found, with "-" before one that must
// not be, and "!" before one that must be found rejected.
func TestEnglishReadsFrenchSpanishMeanings(t *testing.T) {
	checkEnglishMeanings(t, []enCase{
		// status: the duty named, stated as law, hedged, denied.
		{"The obligation of due diligence is a rule of customary international law.", []string{"status.binding", "topic.due_diligence", "-status.voluntary"}},
		{"The Court found a breach of the duty of vigilance incumbent on every State to prevent transboundary harm.", []string{"status.binding", "scope.prevention"}},
		{"The duty of due diligence is not yet a customary rule, for want of sufficient practice.", []string{"status.voluntary", "-status.binding"}},
		{"Norm 13(c) cannot be a legal obligation; it remains a voluntary norm.", []string{"status.voluntary", "-status.binding"}},
		{"Treaties create legal obligations for the States parties.", []string{"-status.binding", "-status.voluntary"}},
		{"Due diligence derives from the customary duty to prevent transboundary harm.", []string{"status.binding", "scope.prevention"}},
		{"The due diligence norm has not yet crystallised into customary law.", []string{"status.voluntary", "-status.binding"}},
		{"In our view, due diligence does not constitute a binding legal obligation.", []string{"status.voluntary", "-status.binding"}},
		{"It is incumbent on every State to exercise due diligence over activities on its territory.", []string{"status.binding"}},
		{"There is no consensus on whether due diligence is a binding obligation.", []string{"-status.binding"}},
		{"States must not allow their territory to be used for internationally wrongful acts.", []string{"-status.binding", "-topic.due_diligence"}}, // C5 (round 13): the 13(c) formula restated without the name or "knowingly" is not topic.due_diligence // C2 (round 13): no word of legal status said of the duty
		{"The norm should not be read as requiring a State to proactively monitor all ICTs within its territory.", []string{"!measures.monitoring"}},
		{"The norm on due diligence is not legally binding.", []string{"status.voluntary", "-status.binding"}},
		{"The due diligence norm lacks binding force.", []string{"status.voluntary", "-status.binding"}},
		{"It is not certain that due diligence is already a rule of international law.", []string{"-status.voluntary", "-status.binding"}}, // C34 (round 20): reported as uncertain
		{"There is not sufficient State practice to assert a customary obligation of due diligence.", []string{"status.voluntary", "-status.binding"}},
		{"We do not consider due diligence to be a legal obligation.", []string{"status.voluntary", "-status.binding"}},
		{"Due diligence is neither a legal obligation nor a customary rule.", []string{"status.voluntary", "-status.binding"}},
		{"The obligation of due diligence applies only to operations with serious consequences.", []string{"status.binding", "-status.voluntary"}},
		{"For France, the duty of vigilance of States is a customary rule.", []string{"status.binding"}},
		{"States are bound to prevent their territory from being used for cyberattacks against other States.", []string{"status.binding"}},
		{"The school has a duty to prevent bullying among pupils.", []string{"-status.binding", "-scope.prevention"}},
		{"Participation in the neighbourhood watch scheme is voluntary, not compulsory.", []string{"-status.binding", "-status.voluntary"}},
		{"The volunteer owes a duty of vigilance to the children in his care.", []string{"-status.binding"}},
		{"The duty to prevent significant transboundary harm is a rule of customary international law.", []string{"status.binding"}},
		{"The norms of responsible behaviour, due diligence included, are only non-binding political commitments.", []string{"-status.binding"}},
		{"The treaty imposes on the parties an obligation to notify incidents.", []string{"-status.binding"}},
		{"States must respect human rights online.", []string{"-status.binding"}},
		{"States shall ensure that their territory is not used to commit internationally wrongful acts.", []string{"-status.binding", "-topic.state_responsibility"}}, // C2 (round 13): no word of legal status said of the duty

		// knowledge: known, notified; should have known.
		{"A State that knew or should have known that an operation was conducted from its territory must act.", []string{"knowledge.constructive", "territory.origin"}},
		{"The obligation arises as soon as the State knows, or should normally know, of the risk.", []string{"knowledge.actual", "knowledge.constructive"}},
		{"The State ought to have known that its infrastructure was being used to attack another State.", []string{"knowledge.constructive"}},
		{"Once notified, the State must take measures to stop the operation.", []string{"knowledge.actual", "scope.termination"}},
		{"States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.", []string{"topic.due_diligence", "knowledge.actual"}},
		{"A State that is aware of a cyberattack launched from its territory must act.", []string{"knowledge.actual"}},
		{"The State's infrastructure was used by hackers without its knowledge.", []string{"knowledge.actual"}},
		{"Knowingly receiving stolen goods is punishable by five years' imprisonment.", []string{"-knowledge.actual"}},
		{"Spyware was installed on the journalist's phone without her knowledge.", []string{"-knowledge.actual"}},
		{"The client signed the contract with full knowledge of the facts.", []string{"-knowledge.actual"}},
		{"The employee knew or should have known that the machine was defective.", []string{"-knowledge.actual", "-knowledge.constructive"}},
		{"The seller knowingly concealed the defect from the buyer.", []string{"-knowledge.actual"}},
		{"The territorial State could not have been unaware of the cyberattacks launched from its servers.", []string{"knowledge.constructive"}},
		{"It is enough that the government was in a position to know that operations were being conducted from its territory.", []string{"knowledge.constructive"}},
		{"France does not consider that a State should know everything that happens on its networks.", []string{"!knowledge.constructive"}},
		{"A professional seller should have known of the hidden defect in the thing sold.", []string{"-knowledge.constructive"}},
		{"Every driver must know that the speed limit in town is fifty.", []string{"-knowledge.constructive"}},
		{"There are reasons to believe that the harvest will be better this year.", []string{"-knowledge.constructive"}},
		{"The doctor should have known that the patient was allergic.", []string{"-knowledge.constructive"}},
		{"As soon as a State learns that a cyberattack is being conducted from its territory, it must react.", []string{"knowledge.actual"}},
		{"The operators inform the authority as soon as they become aware of an incident.", []string{"-knowledge.actual"}},
		{"The public prosecutor is informed and the decision is notified to the person concerned.", []string{"-measures.notification", "-knowledge.actual"}},
		{"As is well known, perfidy is prohibited in armed conflict.", []string{"-knowledge.actual"}},
		{"The buyer knew that the vehicle had a defect.", []string{"-knowledge.actual"}},
		{"Regional CERTs will aim to share knowledge of the threat.", []string{"-knowledge.actual", "measures.capacity_building"}},

		// scope: prevent, stop, mitigate; crime prevention is not the duty.
		{"States must prevent cyberattacks from being launched from their territory.", []string{"scope.prevention", "territory.origin"}},
		{"The policy concerns the prevention and punishment of criminal acts committed on the internet.", []string{"-scope.prevention", "topic.cybercrime"}},
		{"The State must put an end to the operation and mitigate its effects.", []string{"scope.termination", "scope.mitigation"}},
		{"The responsible State owes cessation of the wrongful act and guarantees of non-repetition.", []string{"-scope.termination", "topic.state_responsibility"}},
		{"The national alert, monitoring and prevention centre coordinates the teams.", []string{"-scope.prevention"}},
		{"The State is required to take all measures to prevent operations launched from its territory.", []string{"status.binding", "scope.prevention"}},
		{"The plan aims to prevent misunderstandings between delegations.", []string{"-scope.prevention"}},
		{"The conference seeks to avoid the escalation of an armed conflict.", []string{"-scope.prevention"}},
		{"The companies dismantled the botnet and disabled its servers.", []string{"scope.termination"}}, // C28 (round 19): whoever does it
		{"The territorial State must dismantle the servers used for the attack.", []string{"scope.termination"}},
		{"The company disconnected its servers overnight.", []string{"-scope.termination"}},
		{"Although law enforcement responds to cyberattacks, much remains to be done to anticipate and prevent them.", []string{"scope.prevention"}},
		{"States must prevent their territory from being used for malicious acts.", []string{"scope.prevention"}},
		{"States must prevent activities of private actors on their territory that violate the rights of other States.", []string{"actors.non_state", "scope.prevention"}},
		{"The law on the prevention of natural disaster risk does not mention technological incidents.", []string{"-scope.prevention"}},
		{"Governments must prevent and stop cyberattacks against hospitals.", []string{"scope.prevention", "scope.termination"}},
		{"It is incumbent on the State to put an end to the operation; it is obliged to end activities conducted from its territory.", []string{"status.binding", "scope.termination"}},
		{"Governments demand that cyberattacks against hospitals cease.", []string{"scope.termination"}},
		{"States have an obligation to prevent cyber operations launched from their territory.", []string{"scope.prevention"}},
		{"It is incumbent on every State to prevent its digital infrastructure from being used to harm other States.", []string{"scope.prevention"}},
		{"The duty of prevention flows from due diligence.", []string{"scope.prevention"}},
		{"France does not consider that this obligation requires preventing all malicious activity.", []string{"!scope.prevention"}},
		{"The employer has an obligation to prevent musculoskeletal disorders among its employees.", []string{"-scope.prevention"}},
		{"The driver must avoid braking sharply on a wet road.", []string{"-scope.prevention"}},
		{"The tenant must avoid any damage to the dwelling.", []string{"-scope.prevention"}},
		{"The prevention of cyberattacks launched from its territory is an obligation of the State.", []string{"scope.prevention"}},
		{"The Union adopts sanctions to deter cyberattacks against its members.", []string{"-scope.prevention"}},
		{"States are required to prevent the proliferation of weapons of mass destruction and activities contributing to it.", []string{"-scope.prevention", "-status.binding"}},
		{"Extortion operations are prepared well in advance by the attackers.", []string{"-scope.prevention"}},
		{"Every organisation must put in place measures to prevent personal data breaches.", []string{"-scope.prevention"}},
		{"Each State must ensure that activities on its territory do not cause serious harm to other States.", []string{"scope.prevention", "threshold.serious"}},
		{"To limit the spread of the virus, internet access was cut and workstations disconnected.", []string{"-scope.mitigation"}},
		{"In a case of force majeure, the debtor must mitigate the consequences of non-performance of the contract.", []string{"-scope.mitigation", "-topic.use_of_force"}},
		{"The methodology seeks to prevent service interruptions and minimise their impact.", []string{"-scope.prevention"}},
		{"The precautionary principle makes it possible to avoid harm to health.", []string{"-scope.prevention"}},

		// actors: non-State conduct within a duty; attribution to a State.
		{"The obligation covers acts of criminal groups and non-State actors operating on the territory.", []string{"actors.non_state"}},
		{"Only States can violate the sovereignty of another State.", []string{"actors.state", "topic.sovereignty"}},
		{"A cyber act attributable to the State engages its international responsibility.", []string{"actors.state", "topic.state_responsibility"}},
		{"The State must prevent harm caused by third parties from its territory.", []string{"actors.non_state", "scope.prevention"}},
		{"The attack was attributed to State actors linked to a foreign government.", []string{"actors.state"}},
		{"Operations conducted by State agents engage its responsibility.", []string{"actors.state"}},
		{"The hackers acted under the effective control of the neighbouring government.", []string{"actors.state"}},
		{"The hackers acted on the instructions of a State organ.", []string{"topic.state_responsibility", "actors.state"}},
		{"Effective control of a territory shows the sovereignty of the State.", []string{"-topic.state_responsibility", "-actors.state"}},
		{"Conduct is attributable to a State only if it comes from its organs or from persons acting under its direction or control.", []string{"actors.state", "topic.state_responsibility"}},
		{"A cyber operation may be attributed to a State when its intelligence services ordered it.", []string{"actors.state", "topic.state_responsibility"}},
		{"The conduct of private hackers may engage the responsibility of the State that directs or controls them.", []string{"actors.non_state", "actors.state", "topic.state_responsibility"}},
		{"Responsibility for the outage is attributed to a defect in the update software.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"The accident is attributable to the driver's human error.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"The duty of vigilance also covers activities of non-State actors operating from the State's territory.", []string{"actors.non_state"}},
		{"The duty of due diligence extends to cyber operations by individuals and private companies.", []string{"actors.non_state"}},
		{"The private sector grew by 3 per cent in the last quarter.", []string{"-actors.non_state"}},
		{"A State must prevent hacktivists from using its infrastructure against other States.", []string{"actors.non_state"}},
		{"A series of intrusions ascribed to the Chinese secret services was revealed by the government.", []string{"-actors.state", "topic.state_responsibility"}}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The US Department of Justice indicted six Russian military officers for the cyberattacks.", []string{"-actors.state", "topic.state_responsibility"}},      // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The conduct of an entity empowered to exercise elements of governmental authority is attributable to the State.", []string{"actors.state", "topic.state_responsibility"}},
		{"The powers assigned to local authorities were extended by law.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"The ministry accused the contractor of neglecting the security of the servers.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"The hacker group, whose links to China are well known, targeted ministries.", []string{"-actors.state", "topic.state_responsibility"}}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Links with China are long-standing in the wine trade.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"The Kremlin denied being behind the cyberattack.", []string{"-actors.state", "topic.state_responsibility"}},                // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"The hackers acted on the orders of the North Korean government.", []string{"-actors.state", "topic.state_responsibility"}}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Russia rejected the draft resolution on Syria.", []string{"-actors.state", "-topic.state_responsibility"}},
		{"France reserves the right to attribute publicly a cyberattack of which it is the victim.", []string{"-actors.state"}},
		{"The United Kingdom publicly attributed the attack to Russia.", []string{"-actors.state"}}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state
		{"Russia must dismantle the criminal groups operating on its soil.", []string{"actors.non_state"}},
		{"Attackers go through proxy servers abroad so that the victim State cannot trace them.", []string{"-actors.non_state"}},
		{"Hackers acting against a State during a conflict would be belligerents.", []string{"topic.ihl"}},
		{"State-sponsored cyberattacks are a concern for Switzerland.", []string{"-actors.state"}},
		{"State-backed attacks increase every year.", []string{"-actors.state"}},
		{"Hackers sponsored by the State of North Korea stole cryptocurrency.", []string{"-actors.state"}}, // C1 (round 13): a report, charge or public attribution that a State or its organ carried out an operation is not actors.state

		// territory: origin and transit; network traffic routed abroad is neither.
		{"A cyberattack that transits through the infrastructure of a third State does not suffice to engage its responsibility.", []string{"territory.transit"}},
		{"Users' data are routed through foreign networks.", []string{"-territory.transit"}},
		{"Each State enjoys sovereign authority within its territory.", []string{"-territory.origin", "topic.sovereignty"}},
		{"Operations conducted on its territory that cause significant harm to another State are prohibited.", []string{"-territory.origin", "threshold.serious"}}, // C3 (round 13): in, within or on the territory, based or operating there, or harboured there is not origin wording
		{"The rule issuing from the assembly was adopted by consensus.", []string{"-territory.origin"}},
		{"The State must dismantle the ransomware groups operating in Moldova.", []string{"-territory.origin", "scope.termination"}}, // C3 (round 13): in, within or on the territory, based or operating there, or harboured there is not origin wording
		{"The attack bounced through servers located in several foreign countries.", []string{"territory.transit"}},
		{"According to the national centre, the attacks are carried out from Russia.", []string{"territory.origin"}},
		{"The attackers took control of servers in a third country and then launched attacks against banks.", []string{"territory.transit", "-measures.monitoring"}},
		{"Using the computer systems of other nations to attack third countries is not acceptable.", []string{"territory.transit"}},
		{"The country was targeted by cyberattacks from a group based in Russia.", []string{"-territory.origin"}}, // C3 (round 13): in, within or on the territory, based or operating there, or harboured there is not origin wording
		{"Cyberattacks organised from Russia targeted the Organization.", []string{"territory.origin"}},
		{"The panel suspects that the attacks originated in that country.", []string{"territory.origin"}},
		{"The posted worker's State of origin remains competent for social security.", []string{"-territory.origin"}},
		{"The State exercises its authority over its digital infrastructure.", []string{"-territory.origin", "topic.sovereignty"}},
		{"Craftsmen originating from this territory export their carpets.", []string{"-territory.origin"}},
		{"Mexico is a transit country for migrants.", []string{"-territory.transit"}},
		{"States should refrain from conducting cyber operations against the critical infrastructure of other States.", []string{"-territory.transit"}},
		{"Countries that harbour criminal ransomware actors must be held accountable.", []string{"-territory.origin", "topic.cybercrime"}}, // C3 (round 13): in, within or on the territory, based or operating there, or harboured there is not origin wording

		// measures.
		{"Member States assist one another in detecting and responding to cross-border incidents.", []string{"measures.assistance"}},
		{"They drafted model laws and model legislation on cybersecurity.", []string{"measures.capacity_building"}},
		{"This format allows participants to speak freely.", []string{"-measures.capacity_building"}},
		{"Each State shall designate a point of contact available 24 hours a day, 7 days a week.", []string{"measures.capacity_building"}},
		{"The country must bring its criminal legislation into line before acceding.", []string{"measures.capacity_building"}},
		{"The government designated a national cybersecurity agency and a point of contact.", []string{"measures.capacity_building"}},
		{"States should exchange good practices and lessons learned on incidents.", []string{"measures.capacity_building"}},
		{"The airport doubled its storage capacity and strengthened its reception capacities.", []string{"-measures.capacity_building"}},
		// Round 23: confidence-building measures alone (gold README, round 17).
		{"Confidence-building measures strengthen stability between States.", []string{"-measures.capacity_building"}},
		// Round 23: firms that allow criminals to operate are not a State that
		// does.
		{"These hosting providers allow cybercriminals to operate at reduced risk.", []string{"-actors.non_state"}},
		{"The country received humanitarian aid and development aid.", []string{"-measures.assistance"}},
		{"The victim State may request assistance from other States to respond to the cyberattack.", []string{"measures.assistance"}},
		{"The affected State may seek the assistance of other States to mitigate the incident.", []string{"measures.assistance", "scope.mitigation"}},
		{"France lent technical support to the State attacked to remedy the incident.", []string{"measures.assistance"}},
		{"The State provides technical assistance for capacity building in cybersecurity.", []string{"-measures.assistance", "measures.capacity_building"}},
		{"The government will provide assistance to strengthen the country's cybersecurity.", []string{"measures.capacity_building"}},
		{"A State that assists another in the commission of an internationally wrongful act is responsible.", []string{"-measures.assistance"}},
		{"States should respond to requests for assistance from States whose critical infrastructure is targeted.", []string{"measures.assistance"}},
		{"Canada funds cybersecurity capacity-building programmes in West Africa.", []string{"measures.capacity_building"}},
		{"States should adopt a national cybersecurity strategy and designate points of contact.", []string{"measures.capacity_building"}},
		{"Morocco has adopted a legislative framework to protect its critical infrastructure against cyberattacks.", []string{"measures.capacity_building"}},
		{"The company strengthened its vaccine production capacities.", []string{"-measures.capacity_building"}},
		{"Its policy rests on collective defence and ever more advanced capabilities.", []string{"-measures.capacity_building"}},
		{"France and India signed a strategic partnership on space.", []string{"-measures.capacity_building"}},
		{"The partnership with the national CERT strengthens cybersecurity.", []string{"measures.capacity_building"}},
		{"The minister warned that attacks would multiply and that the State must act.", []string{"-measures.notification"}},
		{"Once notified of the operation, the territorial State must put an end to it.", []string{"measures.notification", "knowledge.actual", "scope.termination"}},
		{"The State must notify the affected State of any serious incident without delay.", []string{"measures.notification"}},
		{"The company notified its employees of the data leak.", []string{"-measures.notification"}},
		{"Operators must notify incidents to the national agency within 72 hours.", []string{"-measures.notification"}},
		{"The victim State must notify the territorial State of the ongoing operation.", []string{"measures.notification"}},
		{"States should inform the countries concerned of serious ICT incidents.", []string{"measures.notification"}},
		{"The town hall must inform residents affected by the roadworks.", []string{"-measures.notification"}},
		{"The police station informed the burglary victim of the progress of the case.", []string{"-measures.notification"}},
		{"Tenants were warned that the water would be cut off on Tuesday.", []string{"-measures.notification"}},
		{"The prefecture must alert local authorities in case of flooding.", []string{"-measures.notification"}},
		{"The dismissal was notified to the employee by registered letter.", []string{"-measures.notification"}},
		{"The victim State should inform the territorial State of cyber operations coming from its territory.", []string{"measures.notification"}},
		{"The bank must notify its customers of any change in its charges.", []string{"-measures.notification"}},
		{"The incident must be brought to the attention of the State concerned.", []string{"measures.notification"}},
		{"At the request of the injured State, the territorial State must take measures to bring the operation to an end.", []string{"-measures.response"}}, // C4 (round 13): acting on a request is not a response
		{"The town hall must reply to the citizen's request within two months.", []string{"-measures.response"}},
		{"The ministry monitors developments in financial markets.", []string{"-measures.monitoring"}},
		{"The State is not obliged to monitor all the traffic on its networks.", []string{"!measures.monitoring"}},
		{"States monitor the traffic on their networks.", []string{"measures.monitoring"}},
		{"States are not required to proactively monitor all digital activity on their territory.", []string{"measures.monitoring"}},
		{"The operations centre continuously monitors the administration's networks.", []string{"-measures.monitoring"}},

		// standard.
		{"The scope of the obligation depends on the means available to the territorial State.", []string{"standard.capacity"}},
		{"No one is bound to do the impossible: a State without the means to act does not fail in its duty.", []string{"standard.capacity"}},
		{"What is required depends on the capacities of the State and must be assessed case by case.", []string{"standard.capacity"}},
		{"The State must take all reasonable measures within its reach.", []string{"standard.capacity"}},
		{"If the operator has taken reasonable measures, it may be exempted from liability.", []string{"-standard.capacity"}},
		{"The event was impossible to foresee, so it constitutes force majeure.", []string{"-standard.capacity"}},
		{"Due diligence requires obliged entities to take reasonable measures to know their customers and prevent money laundering.", []string{"-standard.capacity", "-scope.prevention", "-status.binding", "-topic.due_diligence"}},

		// related topics.
		{"Any interference in the elections of another State is unlawful.", []string{"topic.non_intervention"}},
		{"The aggressor State cannot invoke self-defence.", []string{"topic.use_of_force"}},
		{"The Court applied the precautionary principle to the plant project.", []string{"-topic.ihl"}},
		{"Hacktivists who take a direct part in hostilities lose their protection.", []string{"topic.ihl"}},
		{"The convention requires the criminalisation of offences committed through the internet.", []string{"topic.cybercrime"}},
		{"Operations must not be directed against the civilian population.", []string{"topic.ihl"}},
		{"Article 51(2) of Additional Protocol I prohibits spreading terror among the civilian population.", []string{"-topic.use_of_force", "topic.ihl"}},
		{"The prohibition of the use and threat of force also applies in cyberspace.", []string{"topic.use_of_force"}},
		{"A driver who does not drive with care fails to exercise due diligence.", []string{"-topic.due_diligence"}},
		{"The Corfu Channel principle forbids a State to allow its territory to be used against another.", []string{"topic.due_diligence"}},
		{"The rules of the law of armed conflict protect civilian objects in cyberspace.", []string{"topic.ihl"}},
		{"War and armed conflict between neighbours must be avoided.", []string{"-topic.ihl"}},
		{"Belligerent parties may not resort to perfidy.", []string{"topic.ihl"}},
		{"Technology companies provide services to the belligerents.", []string{"-topic.ihl"}},
		{"The criminal code punishes unauthorised access to a computer system and its data.", []string{"topic.cybercrime"}},
		{"The police dismantled a network of cybercriminals and arrested them for hacking.", []string{"topic.cybercrime"}},
		{"The sovereignty of the State extends to infrastructure located on its territory.", []string{"topic.sovereignty"}},
		{"The country issued ten-year sovereign debt.", []string{"-topic.sovereignty"}},
		{"The rights to privacy and to freedom of expression apply online.", []string{"topic.human_rights"}},
		{"Crimes committed through ICTs call for closer international cooperation.", []string{"topic.cybercrime"}},
		{"The use of information technologies for criminal purposes must be countered.", []string{"topic.cybercrime"}},
		{"Cyber threats interfere in the internal affairs of States.", []string{"topic.non_intervention"}},
		{"The threat is aggravated by money laundering and other forms of transnational organised crime.", []string{"-topic.cybercrime"}},
		{"The convention will facilitate measures to detect and prosecute cybercriminals.", []string{"topic.cybercrime"}},
		{"Attacking hospitals is a war crime.", []string{"topic.ihl"}},
		{"The attacks may cause significant harm to the civilian population.", []string{"-topic.ihl"}},
		{"Countermeasures must remain proportionate.", []string{"topic.state_responsibility"}},
		{"Decades of cyberattacks were attributed to the Democratic People's Republic of Korea.", []string{"topic.state_responsibility"}},
		{"Civil liability of the company arises when its servers cause damage to a customer.", []string{"-topic.state_responsibility"}},
		{"The hackers responsible for the attack were arrested in Madrid.", []string{"-topic.state_responsibility"}},
		{"The court held the company liable for the damage.", []string{"-topic.state_responsibility"}},
		{"The international community must hold the State responsible for the attacks it sponsors.", []string{"topic.state_responsibility"}},
		{"Digital sovereignty is a priority for the region.", []string{"-topic.data", "-topic.sovereignty"}},
		{"Cross-border data flows require adequate protection.", []string{"topic.data"}},
		{"The country's food sovereignty depends on its farmers.", []string{"-topic.sovereignty"}},
		{"Each State exercises its sovereignty over infrastructure located in its territory.", []string{"topic.sovereignty"}},
		{"In a case of force majeure the contract is suspended.", []string{"-topic.use_of_force"}},
		{"The use of force by the police during the protests was disproportionate.", []string{"-topic.use_of_force"}},
		{"The armed forces created a cyber defence command.", []string{"-topic.use_of_force"}},
		{"A cyber operation may constitute a use of force within the meaning of the Charter.", []string{"topic.use_of_force"}},
		{"Keywords: sovereignty, cybercrime, international humanitarian law.", []string{"-topic.sovereignty", "-topic.cybercrime", "-topic.ihl"}},
		{"The Convention does not deal with State responsibility.", []string{"-topic.state_responsibility"}},
		{"The debtor must perform the contract with due diligence.", []string{"-topic.due_diligence"}},
		{"The notary must exercise due diligence, failing which the contract is void.", []string{"-topic.due_diligence"}},
		{"Foreign interference in elections worries journalists.", []string{"-topic.non_intervention"}},
		{"Interference in the internal affairs of another State is prohibited.", []string{"topic.non_intervention"}},
		{"The attribution of the attack to a group of criminals requires police cooperation.", []string{"-topic.state_responsibility"}},
		{"The attribution of a cyberattack to a State is a sovereign decision.", []string{"topic.state_responsibility"}},
		{"The Ministry of the Armed Forces conducts military operations in cyberspace.", []string{"-topic.use_of_force"}},
		{"Military action against another State would have to be justified as self-defence.", []string{"topic.use_of_force"}},
		{"A State victim of an armed attack may invoke self-defence.", []string{"topic.use_of_force"}},
		{"The trade unions ensure the collective defence of employees' interests.", []string{"-topic.use_of_force"}},
		{"The security guard was the victim of an armed attack outside the supermarket.", []string{"-topic.use_of_force"}},
		{"The State that commits an internationally wrongful act must make reparation.", []string{"topic.state_responsibility"}},
		{"The mechanic must repair the vehicle within fifteen days.", []string{"-topic.state_responsibility"}},
		{"Parents are held responsible for damage caused by their children.", []string{"-topic.state_responsibility"}},
		{"Reaffirming that sovereignty, non-intervention and the peaceful settlement of disputes also apply to ICTs.", []string{"topic.non_intervention", "topic.peaceful_settlement", "topic.sovereignty"}},
		{"The seminar on sovereignty was held in Dakar.", []string{"-topic.sovereignty"}},
		{"Themes of the day: sovereignty, non-intervention, cybercrime and international humanitarian law.", []string{"-topic.cybercrime", "-topic.ihl"}},
		{"The government prohibits hosting sensitive administrative data outside the national territory.", []string{"topic.data"}},
		{"Data subjects will receive notifications of personal data breaches.", []string{"topic.data"}},
		{"Mutual legal assistance is indispensable to prosecute the authors of computer attacks.", []string{"topic.cybercrime"}},
		{"Reprisals by one State against another must respect international law.", []string{"topic.state_responsibility"}},
		{"The award of the public contract was challenged.", []string{"-topic.state_responsibility"}},
		{"Victims of sexual coercion may file a complaint.", []string{"-topic.non_intervention"}},
	})
}

// TestEnglishGapsFromParity checks the English sentences, written from the
// codebook's definitions while the French and Spanish parity tests were
// written, that the English rules got wrong: the same meanings in other
// words, and cue words used of wages, minors, products, farmers, fuel
// subsidies and notaries.
func TestEnglishGapsFromParity(t *testing.T) {
	checkEnglishMeanings(t, []enCase{
		{"States should share information on the incident through their points of contact.", []string{"measures.notification"}},
		{"The victim State should communicate to the territorial State the technical information it holds on the operation.", []string{"measures.notification"}},
		{"The territorial State should reply within a reasonable time to the request of the injured State.", []string{"measures.response"}},
		{"The requested State must give a reply to the State that asked for help.", []string{"measures.response"}},
		{"States should stop their infrastructure being used for malicious operations before they occur.", []string{"scope.prevention"}},
		{"The State must ensure that no attack is launched from its territory against another State.", []string{"scope.prevention"}},
		{"The operation was traced back to servers in a neighbouring country.", []string{"territory.origin"}},
		{"The State from whose territory the operation was conducted must act.", []string{"territory.origin"}},
		{"Only operations with serious consequences for another State are covered.", []string{"threshold.serious"}},
		{"States claim sovereignty over the data stored on their territory.", []string{"topic.data"}},
		{"Disputes between States over cyber operations should be resolved peacefully.", []string{"topic.peaceful_settlement"}},
		{"The State, informed by its partners of the attack, had to act.", []string{"knowledge.actual"}},
		{"The territorial State should have detected the operation conducted from its servers.", []string{"knowledge.constructive"}},
		{"More cannot be required of a State than its capacities allow.", []string{"standard.capacity"}},
		{"Several States updated their legislation to criminalise attacks on computer systems.", []string{"measures.capacity_building"}},

		{"The wage dispute between the union and the employer was settled peacefully in March.", []string{"-topic.peaceful_settlement"}},
		{"Minors lack the legal capacity to enter into a binding contract.", []string{"-standard.capacity"}},
		{"The label must state the product's country of origin.", []string{"-territory.origin"}},
		{"The programme strengthens the capacities of farmers' cooperatives to market their produce.", []string{"-measures.capacity_building"}},
		{"The government decided to put an end to fuel subsidies.", []string{"-scope.termination"}},
		{"The notary must exercise due diligence in checking the title to the property.", []string{"-topic.due_diligence"}},
	})
}

// TestEnglishOpenParity lists the readings of the French and Spanish sense
// tests that the English rules still get wrong, each with why it was left:
// most are conventions of the English gold sets that the French and Spanish
// tests do not share. It fails when one is read right, so that it moves to
// TestEnglishReadsFrenchSpanishMeanings.
func TestEnglishOpenParity(t *testing.T) {
	tg, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want, why string }{
		// Convention S1: a report that there is no consensus takes no side.
		{"There is no consensus on whether due diligence is a binding obligation.", "status.voluntary", "convention S1"},
		// The gold sets label the subject an article examines (train g-298,
		// fresh f-032).
		{"The aim of this article is to analyse international humanitarian law.", "-topic.ihl", "an article's subject is labelled"},
		{"This article analyses the international responsibility of the State for transboundary damage.", "-topic.state_responsibility", "an article's subject is labelled"},
		// The Corfu formula with "prevent" is not labelled due diligence
		// (tune-112).
		{"States must prevent their territory from being used for malicious acts.", "topic.due_diligence", "tune-112"},
		// Left for want of a cue that does not cost precision: an agency's
		// remit, a group's name, activities merely on the territory,
		// non-State actors in "acting against".
		{"The agency covers prevention, protection and incident response.", "-scope.prevention", "an agency's remit"},
		{"The country suffered attacks by a group of cybercriminals known as Conti.", "-topic.cybercrime", "a group named"},
		{"States must prevent activities of private actors on their territory that violate the rights of other States.", "territory.origin", "activities merely on the territory"},
		{"Hackers acting against a State during a conflict would be belligerents.", "-actors.non_state", "acting against is a duty context"},
	} {
		el, absent := strings.CutPrefix(c.want, "-")
		found := false
		for _, a := range tg.Tag(c.text) {
			found = found || a.Element == el
		}
		if found != absent {
			t.Errorf("Tag(%q) now reads %s right (left open: %s); move it to TestEnglishReadsFrenchSpanishMeanings", c.text, c.want, c.why)
		}
	}
}

// enCase is an English sentence and what the default codebook must find in
// it, as TestEnglishReadsFrenchSpanishMeanings describes.
type enCase struct {
	text string
	want []string
}

// checkEnglishMeanings turns each case into meanings and checks them as the
// French and Spanish tests do: a plain element must be found, affirmed or
// rejected (both are tagged), one marked "-" must not be found at all, and
// one marked "!" must be found rejected.
func checkEnglishMeanings(t *testing.T, cases []enCase) {
	t.Helper()
	var found, rejected []meaning
	for _, c := range cases {
		for _, w := range c.want {
			switch {
			case strings.HasPrefix(w, "-"):
				found = append(found, meaning{c.text, w[1:], false})
			case strings.HasPrefix(w, "!"):
				rejected = append(rejected, meaning{c.text, w[1:], true})
			default:
				found = append(found, meaning{c.text, w, true})
			}
		}
	}
	checkMeanings(t, found, "has", func(corpus.Annotation) bool { return true })
	checkMeanings(t, rejected, "rejects", func(a corpus.Annotation) bool { return a.Polarity == corpus.Rejected })
}
