package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The catalogue of the business rules the library enforces, each named by the section of DOMAIN.md
 * it comes from ({@code D2.7}).
 *
 * <p>Every {@link DomainException} carries one ({@link DomainException#rule()}), every report
 * criterion that checks a rule cites one, and every {@link IllegalArgumentException} a value throws
 * for breaking a rule names one in its message ({@code (DOMAIN D3.5)}). Each constant states the
 * rule in the project's own words ({@link #statement()}) and how the library enforces it ({@link
 * #enforcement()}); the generated reference page {@code docs/rules.md} lists them all, and a test
 * keeps the page, this catalogue and the rules the code cites in step.
 *
 * <p>The constants are named after their section, {@code D2_7} for {@code D2.7}; {@link
 * #of(String)} finds one by its section.
 */
public enum RuleId {
  /** DOMAIN D1.1. */
  D1_1(
      "Process levels",
      "A process sits in a six-level tree, L1 process category to L6 task: the L1 category has no"
          + " parent, every other process has exactly one, a child is one level below its parent,"
          + " an L6 task has no children, and a revision keeps a process's place in the tree.",
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D1.2. */
  D1_2(
      "Who may adapt what",
      "Headquarters owns L1-L3 with their KCPs and KDPs; a region or area adapts only L4, and only"
          + " with a recorded company approval covering it; a representative office adapts only"
          + " L5/L6 on top of the global standard and never drops a control point, output or"
          + " metric headquarters set; adaptations are recorded in time order.",
      Enforcement.ACCESS_DENIED,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REJECTED_HISTORY),
  /** DOMAIN D1.3. */
  D1_3(
      "Process card",
      "A process card names its process, describes it, states its purpose and owner position, and"
          + " agrees with its parent and children; cards at L3 and above stay short.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D1.4. */
  D1_4(
      "Control points",
      "A KCP (key control point) is a named pass/fail check and a KDP (key decision point) a named"
          + " decision; the LTC KDPs are the gates ATI, ATB and ATC, and a process's control points"
          + " have distinct names.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D1.6. */
  D1_6(
      "The LTC 1-2-3-4 operating rhythm",
      "The operating rhythm has one organisation, two meetings, three tables and four things"
          + " watched, each listed once.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D2.1. */
  D2_1(
      "What a lead is",
      "A lead states the customer's potential need to buy.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D2.2. */
  D2_2(
      "Lead sources",
      "Every lead records its source; a lead taken from the customer's investment budget table"
          + " carries that budget.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D2.4. */
  D2_4(
      "The three lead sub-processes",
      "A lead is created with a title, submitted once to a lead manager, validated only by that"
          + " lead manager, and nurtured only by its nurturing owner.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REJECTED_HISTORY),
  /** DOMAIN D2.5. */
  D2_5(
      "Lead validation KCP",
      "Every criterion of Q1 (is it a lead?), Q2 (how far is it from us?) and Q3 (can we win?) is"
          + " answered with a reason; the KCP passes only if every Q1 criterion is met; a lead is"
          + " validated while under review, the review's outcome (close, suspend, nurture, convert)"
          + " fits its state, closing or suspending states why, and a lead that failed Q1 is not"
          + " nurtured.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REPORTED),
  /** DOMAIN D2.6. */
  D2_6(
      "Nurturing path",
      "Nurturing walks its eight steps in order, each recorded with a note, while the lead is"
          + " nurtured; only the key decision maker's acknowledgement can fail, and a failed one"
          + " sends the path back.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D2.7. */
  D2_7(
      "Conversion rule",
      "A lead converts into an opportunity when, and only when, the customer has a clear"
          + " investment budget and the validation KCP passed; a budget is a positive amount and,"
          + " once known, is replaced but never removed; a converted or closed lead accepts no"
          + " further command.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REPORTED),
  /** DOMAIN D3.1. */
  D3_1(
      "Opportunity sub-processes",
      "An opportunity's sales phases (verify, develop the solution, pre-bid guidance, bid,"
          + " negotiate) only go forward, and so does its history: no command is dated before"
          + " its latest event, no gate is planned for before the opening, and no ruling or"
          + " estimate is dated before the opening or after its recording.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REJECTED_HISTORY),
  /** DOMAIN D3.2. */
  D3_2(
      "Decision points ATI, ATB, ATC",
      "The gates ATI (approve to initiate), ATB (approve to bid) and ATC (approve to contract) are"
          + " passed in order, each in its phases (ATC while bidding or negotiating, before or"
          + " after the award) and once, by an authority at least at the level the gate policy"
          + " requires for the amount and the customer's grade, and an approval only once its"
          + " prerequisites are met: no solution before ATI, no bid before ATB, no signature"
          + " before ATC; an approval with conditions lists them.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REPORTED),
  /** DOMAIN D3.3. */
  D3_3(
      "Customer buying stages",
      "An opportunity records the customer's buying stage; a change moves it to another stage.",
      Enforcement.RULE_VIOLATION),
  /** DOMAIN D3.4. */
  D3_4(
      "Hilltop projects",
      "A hilltop project is marked once and carries a traffic light; only a hilltop project's light"
          + " changes, and a change changes it.",
      Enforcement.RULE_VIOLATION),
  /** DOMAIN D3.5. */
  D3_5(
      "Outcome",
      "An opportunity is won (the customer's award), lost to a recorded competitor, abandoned"
          + " or cancelled, each with its reason, and the award is recorded once; a won"
          + " opportunity still awaits ATC, and once lost, abandoned, cancelled or won with ATC"
          + " approved it accepts no command; its amounts and award split stay in its currency,"
          + " a split names only recorded competitors and gives the winner a part.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D3.6. */
  D3_6(
      "What wins",
      "An opportunity assessment scores all four factors: relationship, solution, commercial"
          + " terms and delivery.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D4.1. */
  D4_1(
      "The iron triangle",
      "A triangle has one account responsible (AR), one solution responsible (SR) and one"
          + " fulfilment responsible (FR), no one holding two of these roles; ATI needs the"
          + " project triangle complete.",
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REPORTED),
  /** DOMAIN D4.2. */
  D4_2("Role KPIs", "A role is scored only on the KPIs of that role.", Enforcement.INVALID_VALUE),
  /** DOMAIN D4.3. */
  D4_3(
      "Two kinds of triangle",
      "A project triangle works one opportunity under a sponsor, and an assignment changes the"
          + " triangle.",
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D4.4. */
  D4_4(
      "Staffing by system-department size",
      "A small system department holds an AR of its own, a medium one an AR and an SR, a large one"
          + " all three; the other roles come from the pools, representative office first, then"
          + " region, then global, and a pool's assigned and charged hours fit its available"
          + " hours.",
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D4.6. */
  D4_6(
      "Direct sales and channels",
      "Coverage thresholds and a customer's purchases are never negative, and amounts in"
          + " different currencies are never compared.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D4.7. */
  D4_7(
      "Rotation",
      "An account owner who has held a customer for the rotation limit (default four years) is"
          + " due for rotation; a handover passes the customer or relationship to someone else,"
          + " never back to its holder nor before the holder started.",
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D5.1. */
  D5_1(
      "Contract lifecycle",
      "A contract goes drafted, signed, registered, handed over, executing, accepted, closed, in"
          + " that order, never dated before its latest event; it is signed only with an approved"
          + " ATC decision of its own opportunity, and a closed contract accepts no further"
          + " command.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REPORTED,
      Enforcement.REJECTED_HISTORY),
  /** DOMAIN D5.2. */
  D5_2(
      "Contract changes",
      "A change is made between signature and closure, approved, and recorded with what changes"
          + " and why; a milestone it adds (say, the one that carries a raise) has an id of its"
          + " own.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REPORTED),
  /** DOMAIN D5.3. */
  D5_3(
      "Invoicing and collection",
      "Invoices are issued against payment milestones whose trigger has happened, confirmed by the"
          + " customer and paid, between registration and closure; amounts are positive and in the"
          + " contract currency, milestones never total more than the value, invoiced never"
          + " exceeds a milestone or the value, collected never exceeds invoiced, and a contract"
          + " closes only fully invoiced and settled.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REPORTED),
  /** DOMAIN D5.4. */
  D5_4(
      "Contract risks",
      "Every risky clause the contract risk policy flags (a buried mine) is accepted, with a"
          + " reason, before signature.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D6.1. */
  D6_1(
      "Customer insight",
      "The 30-second test asks its fixed questions.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D6.2. */
  D6_2(
      "Grades and their policies",
      "A customer is graded once and then reviewed, each review after the grading it reviews; a"
          + " grade's policy states its technical, commercial and contact parts with a positive"
          + " contact cadence; another aggregate weighs a customer's grade only as that customer"
          + " attests it.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D6.3. */
  D6_3(
      "Grading steps",
      "The five grading steps are walked in order, and each records its rationale or strategy; a"
          + " customer's history runs forward in time, no command dated before its last event and"
          + " no grading, review or observation dated before the registration or after its"
          + " recording.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REJECTED_HISTORY),
  /** DOMAIN D6.4. */
  D6_4(
      "Value pyramid",
      "A value pyramid ranks customers by value in one currency, with ordered thresholds.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D6.5. */
  D6_5(
      "Customer total value",
      "Total value is profit contribution minus serving costs plus the intangible value the policy"
          + " puts on every scored part, all in one currency.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D6.6. */
  D6_6(
      "Value and return",
      "A value-return curve compares investment and value in one currency.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D6.7. */
  D6_7(
      "Segments",
      "A customer is registered with a name and its segment; a change of segment moves the"
          + " customer to another segment.",
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D6.8. */
  D6_8(
      "Customer profiles",
      "A profile's texts are not blank, its figures are in one currency, and it holds one personal"
          + " profile per executive.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D7.2. */
  D7_2(
      "Decision chain",
      "Every key person holds at least one of the seven decision roles; each has at most one"
          + " manager and reporting lines form no cycle; the CEO, CTO, COO and procurement director"
          + " are always assessed, and a role no one is known to hold is a recorded risk.",
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REPORTED),
  /** DOMAIN D7.3. */
  D7_3(
      "Stance and coach",
      "A coach supports us; a key person without a known stance, and a hilltop project without a"
          + " coach, are recorded risks.",
      Enforcement.INVALID_VALUE,
      Enforcement.REPORTED),
  /** DOMAIN D7.4. */
  D7_4(
      "Key-relationship levels",
      "A key relationship's history runs forward in time, no command dated before its last event"
          + " and no assessment dated before the opening or after its recording; each entry of its level history is a different level, and its current level is the"
          + " last entry.",
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REJECTED_HISTORY),
  /** DOMAIN D7.5. */
  D7_5(
      "Key-relationship assessment",
      "An assessment scores all six dimensions within the scale.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D7.6. */
  D7_6(
      "General relationship",
      "A general-relationship assessment scores all four dimensions within the scale; contacts are"
          + " in departments we touch, each listed once.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D7.7. */
  D7_7(
      "Organisational relationship",
      "The more procurement steps we take part in, the higher the organisational level: the step"
          + " counts of the levels rise.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D7.8. */
  D7_8(
      "Information security of relationship data",
      "A relationship card, and a key-account expansion card (D10.3) that holds the same personal"
          + " data, is read, written, replaced and removed only by its owner and the owner's"
          + " managers; a relationship card's owner is the holder of its relationship and it"
          + " follows a transfer, moved only by its holder until then or their managers; a refusal"
          + " names neither the owner nor, unless the host opts in, whether the card exists; an"
          + " executive's personal profile is"
          + " read only by those the same rule lets read the person's personal data; peers never"
          + " see each other's cards, a person has one card, and the organisation chart has no"
          + " cycles.",
      Enforcement.ACCESS_DENIED,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D7.9. */
  D7_9(
      "Contact activities",
      "Every activity meets some of the customer's people with some of ours, states its purpose,"
          + " supports an open opportunity of the plan's customer, falls within that opportunity's"
          + " schedule and has a positive budget in the plan's currency.",
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D7.10. */
  D7_10(
      "Reaching a person",
      "A connection path starts at one of our people, ends at the person to reach and has at least"
          + " one hop.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D7.11. */
  D7_11(
      "Relationship work across the lifecycle",
      "The relationship playbook covers every lifecycle stage with its goal, departments, methods"
          + " and owners.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D8.1. */
  D8_1(
      "Voice of the customer",
      "Feedback says something and records its source.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D8.2. */
  D8_2(
      "Non-technical issues",
      "An issue runs accept, handle, escalate (upwards, with a reason), close (with its"
          + " resolution), evaluate, forward in time; an evaluated issue accepts no further"
          + " command, and a major complaint states why it is major.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REJECTED_HISTORY),
  /** DOMAIN D8.3. */
  D8_3(
      "Satisfaction surveys",
      "A survey names its project or agency and scores every dimension within the scale, one"
          + " response per respondent.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D8.4. */
  D8_4(
      "Expectations",
      "A customer request says what is asked and is classified in-contract or out-of-contract with"
          + " its reason.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D9.1. */
  D9_1(
      "Five looks, three decisions",
      "A marketing strategy looks at the macro environment, the industry, the customers, the"
          + " competition and ourselves, then decides targets, strategies and strategic control"
          + " points; its completeness report lists each look and decision as present or missing"
          + " (a blank text is missing).",
      Enforcement.REPORTED,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D9.2. */
  D9_2(
      "Business design",
      "A business design states its six elements: customer selection, value proposition, value"
          + " capture, scope of activities, strategic control and risk management; its"
          + " completeness report lists each as present or missing (a blank text is missing).",
      Enforcement.REPORTED,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D9.3. */
  D9_3(
      "Performance and opportunity gaps",
      "Results, expectation and what a new design could bring are non-negative amounts in one"
          + " currency; results short of the expectation are a performance gap, closed by"
          + " execution, and a new design worth more than the results is an opportunity gap, which"
          + " needs the new design; a gap is never negative.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D9.4. */
  D9_4(
      "Screening market opportunities",
      "Market opportunities are screened on market space, growth rate, profit level and"
          + " competitive intensity, each factor scored from 0 to 100 with weights adding up to"
          + " 100, and ranked by score, then space, then name; names are distinct and spaces in one"
          + " currency.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D9.5. */
  D9_5(
      "From numbers to opportunities",
      "The sales organisation is a tree: a representative office belongs to a region, a region to"
          + " an area. A target decomposed onto customers, and a customer's number onto its"
          + " opportunities, sums back to it exactly, shares rounded by largest remainder; a"
          + " coverage report is in one currency, covers only representative offices of the"
          + " organisation, each with one target, plans each customer in one office and lists each"
          + " opportunity once.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D9.6. */
  D9_6(
      "Operating units",
      "A profit record names at most one unit of each kind: customer, product, project, region.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D10.1. */
  D10_1(
      "Relationship plan, five steps",
      "A relationship plan walks its five steps strictly in order: inherit the market targets"
          + " (profit, share, competition, hilltops), analyse ours and the main competitor's"
          + " relationships on the three layers, set relationship targets derived from the market"
          + " targets, give every target a strategy, then execute and monitor; a step is entered"
          + " only once the one before is complete, the staffing of every customer meets its grade"
          + " and maturity and its owner's ability its importance, a revision of the market targets"
          + " re-derives the relationship targets, and the plan's history runs forward in time.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REJECTED_HISTORY,
      Enforcement.REPORTED),
  /** DOMAIN D10.2. */
  D10_2(
      "Key-relationship planning",
      "A key-relationship plan maps the decision chain, targets people of that chain with an owner"
          + " and a business reason, assesses our relationships against the main competitor's,"
          + " weighs the resources and plans actions; each person is targeted and assessed once;"
          + " its review reports each of the six pitfalls (hidden decision chain, competitor,"
          + " career needs, shallow relationships, tomorrow's stars, expansion rules) found or"
          + " cleared with the evidence.",
      Enforcement.REPORTED,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D10.3. */
  D10_3(
      "Key-account expansion card",
      "An expansion card assigns each key person and key task to one of our employees; its senior"
          + " sponsor is the best-ranked candidate by rank parity, business match, shared history"
          + " and ability and willingness, for a key person on the card; channels link the sponsor"
          + " to key persons on the card; commitments are specific and measurable, with a target"
          + " and a due date; the card is reviewed with the owner's manager every three months,"
          + " reviews running forward in time.",
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D10.4. */
  D10_4(
      "Monitoring the plan",
      "The owner's direct manager supervises the plan in execution: the manager holds the weekly"
          + " meeting, the half-year coaching and the yearly evaluation, the owner the weekly work"
          + " plan and the quarterly self-check, none before execution starts and only while the"
          + " plan executes; what falls due by a date is reported.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.INVALID_VALUE,
      Enforcement.REPORTED),
  /** DOMAIN D11.1. */
  D11_1(
      "Ten principles and seven guiding principles",
      "A key-account review checks the ten principles and the seven guiding principles of account"
          + " planning in the order of DOMAIN; each is met only on the evidence recorded for it, a"
          + " principle recorded as met without evidence is not met, and a principle not recorded"
          + " is not assessed.",
      Enforcement.REPORTED,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D11.2. */
  D11_2(
      "Key-account strategy in four steps",
      "A key-account strategy names its customer groups with their priority, sets its targets,"
          + " gives each customer group a value proposition (target, price, advantage) and defines"
          + " the salesperson's role; its completeness report lists the four steps in order, an"
          + " empty step as missing, and a value proposition names one of the customer groups.",
      Enforcement.REPORTED,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D11.3. */
  D11_3(
      "Growth options and the sales-potential gap",
      "Each growth option has one of the six kinds, a description, a non-negative prize and a"
          + " probability of success; the matrix places every option in exactly one quadrant by"
          + " the policy's thresholds (big and likely: act now; big and unlikely: plan the attack;"
          + " small and likely: opportunistic; small and unlikely: shelve) and ranks them by the"
          + " quadrant's priority; the sales-potential gap is the target minus existing business"
          + " and new customers, a negative gap being a surplus; amounts are in one currency.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D11.4. */
  D11_4(
      "Penetration",
      "Each segment's current share and target share are fractions from 0 to 1; the penetration"
          + " gap is the target share minus the current share, in points and, given the segment's"
          + " market size, in money; segments are distinct, in one currency, and ranked by gap.",
      Enforcement.INVALID_VALUE),
  /** DOMAIN D11.6. */
  D11_6(
      "Macro efficiency",
      "Sales time goes to the accounts with the greatest potential: the team's hours are allocated"
          + " by a linear programme so that every target account gets at least its minimum visit"
          + " hours and at most its useful hours, no salesperson works beyond capacity or on an"
          + " account outside their accounts, and the expected return is maximal; hours are in"
          + " tenths, and floors that do not fit are reported with the shortfall in hours and the"
          + " headcount that would close it.",
      Enforcement.REPORTED,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D11.7. */
  D11_7(
      "Skill map",
      "Each selling skill is rated on a scale of 1 to 5 for its importance in 2 to 3 years and for"
          + " today's performance; the gap is importance minus performance, only a positive gap is"
          + " a development need, and the largest gaps are developed first (ties: the more"
          + " important skill, then the name). A skill appears once on a map.",
      Enforcement.REPORTED,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D11.8. */
  D11_8(
      "Pricing cost basis",
      "The cost basis of a price follows the decision tree: a winning price within the current"
          + " price less the maximum discount keeps today's pricing; otherwise a move to a"
          + " lower-cost platform whose savings support the winning price is priced on its"
          + " long-run average incremental cost (LRAIC), or on marginal cost when that platform is"
          + " under-used; without such a platform an under-used current platform is priced on"
          + " marginal cost; every other case, and every unknown answer, goes to management.",
      Enforcement.REPORTED,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D11.9. */
  D11_9(
      "Account plan",
      "An account plan holds customer information (sales by product, customer profitability,"
          + " local or headquarters decision power and process), customer targets (the best three"
          + " to five opportunities, the biggest risks, targets by product) and customer strategy"
          + " (call-plan frequency, team and product requirements, performance measures and"
          + " milestones); it lists at most five distinct opportunities, its amounts are in one"
          + " currency, and its completeness report lists every part, fewer than three"
          + " opportunities being incomplete.",
      Enforcement.REPORTED,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D11.10. */
  D11_10(
      "Rolling planning cycle",
      "A planning cycle runs through its four stages in order: plan and prepare (management's"
          + " expectations, timetable, responsibilities, templates and guidelines all recorded),"
          + " develop the plan (its eight steps strictly in order, reported against the 8 to"
          + " 12-week window), review and adjust (every review question answered, and each one"
          + " answered no adjusted), implement and monitor (the most important accounts reviewed"
          + " quarterly, secondary accounts yearly, unimportant accounts in a yearly collective"
          + " review, and a progress report on the most important accounts every 6 months). Its"
          + " history runs forward in time.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.REPORTED,
      Enforcement.INVALID_VALUE,
      Enforcement.REJECTED_HISTORY),
  /** DOMAIN D11.11. */
  D11_11(
      "Telecom KAM process",
      "The six steps of the KAM process (understand needs, analyse the opportunities'"
          + " profitability and feasibility, tailor the solution and its internal support, plan"
          + " the communication, plan the implementation, review and revise) are done in order,"
          + " once each, on dates that never go back, each with its evidence and only when the"
          + " customer's account plan holds the parts the step needs.",
      Enforcement.ILLEGAL_TRANSITION,
      Enforcement.RULE_VIOLATION,
      Enforcement.REPORTED,
      Enforcement.INVALID_VALUE),
  /** DOMAIN D12. */
  D12(
      "KPIs",
      "Every KPI the library computes has a definition in the KPI catalogue.",
      Enforcement.INVALID_VALUE);

  private static final ImmutableMap<String, RuleId> BY_SECTION;

  static {
    ImmutableMap.Builder<String, RuleId> bySection = ImmutableMap.builder();
    for (RuleId rule : values()) {
      bySection.put(rule.section, rule);
    }
    BY_SECTION = bySection.buildOrThrow();
  }

  private final String section;
  private final String title;
  private final String statement;
  private final Set<Enforcement> enforcement;

  RuleId(String title, String statement, Enforcement first, Enforcement... rest) {
    this.section = name().replace('_', '.');
    this.title = title;
    this.statement = statement;
    this.enforcement = Sets.immutableEnumSet(EnumSet.of(first, rest));
  }

  /**
   * Returns the rule of a DOMAIN section.
   *
   * @param section a section such as {@code D2.7}; not null
   * @return the rule, never null
   * @throws IllegalArgumentException if the catalogue has no rule for that section
   */
  public static RuleId of(String section) {
    Objects.requireNonNull(section, "section");
    RuleId rule = BY_SECTION.get(section);
    checkArgument(
        rule != null,
        "the rules catalogue has no rule %s; see docs/rules.md for the rules the library enforces",
        FreeText.escaped(section));
    return rule;
  }

  /** {@return the DOMAIN.md section, e.g. {@code D2.7}; never null} */
  public String section() {
    return section;
  }

  /** {@return the title of the DOMAIN.md section, e.g. {@code Conversion rule}; never null} */
  public String title() {
    return title;
  }

  /** {@return the rule in the project's own words; never null} */
  public String statement() {
    return statement;
  }

  /** {@return every way the library enforces the rule; never null, never empty} */
  public Set<Enforcement> enforcement() {
    return enforcement;
  }

  /** {@return {@code DOMAIN D2.7}, the form used in messages} */
  @Override
  public String toString() {
    return "DOMAIN " + section;
  }
}
