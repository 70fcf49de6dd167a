// The result and ownership rules on the classes of error issue 20 found in
// text nobody here wrote: comparisons told in other forms (no-baseline),
// praise and success claims outside the phrase list (vague-result), an
// unquantified comparison (unquantified-result, not vague-result), effort
// offered as a virtue without hour words (effort-over-outcome), and "we"
// that is not the team acting (we-ownership). Every row that fires has a
// sibling that must stay silent; the sentences are new, in other domains
// and styles than the stories that showed each class.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "rules/registry.h"
#include "test_util.h"

namespace starbank {
namespace {

using Overrides = std::vector<std::pair<std::string, std::string>>;

struct Case {
  const char* rule;
  bool fires;
  Overrides parts;
};

std::vector<Case> Cases() {
  return {
      // no-baseline: a change noun measured by the amount before it.
      {"no-baseline",
       false,
       {{"result", "Net effect: an 18% drop in returns across 40 stores."}}},
      {"no-baseline",
       false,
       {{"result", "- a 12% conversion improvement on the 3 busiest product pages"}}},
      {"no-baseline",
       false,
       {{"result", "Repeat visits: an increase of 20% at the 6 pilot clinics."}}},
      {"no-baseline",
       false,
       {{"result",
         "- 30% more orders through the kiosk\n- refunds settle 2 days faster"}}},
      {"no-baseline",
       true,
       {{"result", "- 3 more clerks trained\n- 10 tills down for the refit"}}},
      // ...but a bare count before the noun counts things.
      {"no-baseline", true, {{"result", "- 3 improvements shipped to 12 clinics"}}},
      // A deadline met, or time measured against one.
      {"no-baseline",
       false,
       {{"result",
         "Filed the return three days before the regulator's cutoff, covering "
         "14 entities."}}},
      {"no-baseline",
       false,
       {{"result",
         "We hit the June filing deadline with all 14 entities consolidated."}}},
      {"no-baseline",
       false,
       {{"result", "The warehouse cutover ran late by less than a day across 9 sites."}}},
      {"no-baseline",
       false,
       {{"result",
         "- core flows live for all 9 depots by the original date\n- 2 "
         "optional reports followed"}}},
      {"no-baseline", false, {{"result", "Opened 4 pop-up clinics, on budget."}}},
      {"no-baseline", true, {{"result", "Opened 4 pop-up clinics on Tuesday by bus."}}},
      // A time that says when, not how far off a date, is no baseline.
      {"no-baseline",
       true,
       {{"result", "Two weeks later the tool served 300 analysts in 9 offices."}}},
      {"no-baseline",
       true,
       {{"result",
         "The kiosks ran for 6 weeks at 11 branches; nobody met the new "
         "date picker."}}},

      // vague-result: someone else's praise, read from the clause.
      {"vague-result",
       true,
       {{"result",
         "- shipped the rota screen to every ward\n- the head of nursing "
         "thanked us for the clarity of the plan"}}},
      {"vague-result",
       true,
       {{"result", "Store managers loved the new stock screen and asked for more."}}},
      {"vague-result",
       true,
       {{"result",
         "Afterwards the night clerks told the ward manager how our checklist "
         "took the guesswork out of handovers."}}},
      // ...a number in the same sentence makes it decoration, the speaker's own
      // thanks praise nothing, "thanks to" gives a cause, and a negation is no
      // praise.
      {"vague-result",
       false,
       {{"result",
         "The head of nursing thanked us: missed handovers fell from 14 a "
         "month to 2."}}},
      {"vague-result",
       false,
       {{"result",
         "I thanked the clerks who covered the rota, and the backlog was gone "
         "by Friday."}}},
      {"vague-result",
       false,
       {{"result", "Thanks to the new index the search page no longer times out."}}},
      {"vague-result",
       false,
       {{"result", "Nobody praised the rewrite, but it has paged no one since."}}},
      // A verdict of success instead of a change.
      {"vague-result",
       true,
       {{"result",
         "Pilot was successful; it strengthened our relationship with the "
         "regional office."}}},
      {"vague-result",
       true,
       {{"result", "The scanner proved its value to the whole support org."}}},
      {"vague-result",
       true,
       {{"result", "Over the year the scanner became our key selling point."}}},
      {"vague-result",
       false,
       {{"result", "Card payments became our main channel, at 62% of orders by March."}}},
      {"vague-result",
       false,
       {{"result",
         "The audit found no gaps in the new controls and the regional office "
         "signed the renewal."}}},
      {"vague-result", true, {{"result", "The reviews were overwhelmingly positive."}}},
      {"vague-result",
       false,
       {{"result", "The reviews were positive: 4.6 of 5 from 300 buyers."}}},
      {"vague-result",
       true,
       {{"result", "The redesign had a lasting impact on how the clinic books visits."}}},
      {"vague-result",
       false,
       {{"result", "The redesign cut the impact of no-shows from 18% to 7%."}}},
      {"vague-result",
       true,
       {{"result", "Over the project I earned the trust of the ward sisters."}}},
      {"vague-result",
       false,
       {{"result",
         "I earned the trust of the ward sisters: sign-offs rose from 2 to 9 a "
         "week."}}},
      // A verdict that heads the numbers after it is their caption.
      {"vague-result",
       false,
       {{"result",
         "Across the depots the pilot delivered clear benefits:\n- missed "
         "pickups down from 9% to 6%\n- 2 routes cut"}}},
      {"vague-result",
       true,
       {{"result", "Across the depots the pilot delivered clear benefits."}}},
      {"vague-result",
       true,
       {{"result",
         "The new rota made the night nurses happy and got a lot of "
         "appreciation from the board."}}},
      {"vague-result", true, {{"result", "Good feedback from the pilot wards."}}},
      {"vague-result",
       false,
       {{"result",
         "The new rota cut unfilled night shifts from 11 to 3, and the board "
         "asked for it at two more sites."}}},
      {"vague-result",
       true,
       {{"result",
         "- the new intake form was a big help to the clerks\n- it worked "
         "perfectly on the first night"}}},
      {"vague-result",
       false,
       {{"result",
         "- the new intake form was a big help: 30 fewer calls a week\n- it "
         "now checks the help text of every field"}}},
      // Expectations said to be met, and "well" placed somewhere, are
      // verdicts; "well over budget" and a goal to meet are not.
      {"vague-result",
       true,
       {{"result",
         "- the spring menu met the owner's expectations\n- tasting notes "
         "went to every cook"}}},
      {"vague-result",
       true,
       {{"result", "The new pallet labels worked well in the cold store."}}},
      {"vague-result",
       false,
       {{"result",
         "The refit went well over budget, so I moved the paint work to the "
         "next quarter and logged why."}}},
      {"vague-result",
       false,
       {{"result",
         "To meet the board's expectations I rebuilt the forecast by region, "
         "then by store."}}},
      // Recognition, an award or a promotion for the speaker, and "as
      // planned" are verdicts; recognizing a risk, a contract award, a
      // build promoted and a plan that failed are not.
      {"vague-result",
       true,
       {{"result", "- the plant manager recognised our crew at the safety meeting"}}},
      {"vague-result",
       false,
       {{"result",
         "The night crew recognised the leak early, so I isolated line B "
         "before the morning shift."}}},
      {"vague-result",
       true,
       {{"result", "i got promoted to shift lead after the audit, and the pallets "
                   "stayed put"}}},
      {"vague-result",
       false,
       {{"result", "The patched build was promoted to the store tills on Friday."}}},
      {"vague-result",
       true,
       {{"result", "Our pharmacy team received an award from the hospital board."}}},
      {"vague-result",
       false,
       {{"result", "- the firm won the contract award over two rival bids"}}},
      {"vague-result",
       true,
       {{"result", "Closing week went as planned for the whole branch."}}},
      {"vague-result",
       false,
       {{"result",
         "Nothing went as planned in closing week, so I split the ledger by "
         "branch and reran it."}}},
      // A negation in a praise phrase's gap, and a feeling followed by what
      // someone was willing to do, are no verdicts.
      {"vague-result",
       false,
       {{"result",
         "- ward sister was not satisfied with v1 of the rota\n"
         "- rebuilt it around the night shifts"}}},
      {"vague-result",
       true,
       {{"result", "- ward sister was satisfied with v2 of the rota"}}},
      {"vague-result",
       false,
       {{"result", "Two porters were happy to swap their breaks, so the lunch queue cleared."}}},
      {"vague-result",
       false,
       {{"result", "Our landlord felt relieved to hand the boiler contract to us."}}},
      {"vague-result",
       true,
       {{"result", "The porters were glad about the new break rota."}}},
      {"vague-result",
       true,
       {{"result", "The buyer was happy to renew the supply deal."}}},
      {"vague-result",
       true,
       {{"result", "The inspector was not only satisfied but asked for our checklist."}}},
      // A note with its verb dropped judges the result all the same.
      {"vague-result",
       true,
       {{"result", "- Head chef very satisfied with the new prep list"}}},
      {"vague-result",
       true,
       {{"result", "Landlord happy, lease renewed."}}},
      {"vague-result",
       false,
       {{"result", "Happy path checks now pass on every till."}}},
      {"vague-result",
       false,
       {{"result", "Landlord unhappy at first, so I reworded the lease."}}},
      // "Proved" links a verdict; "effective" with a date is no verdict.
      {"vague-result",
       true,
       {{"result", "The new triage script proved very effective."}}},
      {"vague-result",
       false,
       {{"result", "The new triage script was effective from the first of June."}}},
      {"vague-result",
       false,
       {{"result", "The audit proved the root cause was the scale firmware."}}},
      // A good time had, a choice judged right, a benefit sized by a word.
      {"vague-result",
       true,
       {{"result", "The campers had a wonderful time and asked to come back."}}},
      {"vague-result",
       false,
       {{"result", "It was a good time to switch suppliers, so I moved the order up."}}},
      {"vague-result",
       true,
       {{"result", "- looking back, moving the stock count was the right call"}}},
      {"vague-result",
       false,
       {{"result", "- the van was the right size for the route"}}},
      {"vague-result",
       true,
       {{"result", "My checklist helped the night crew a lot."}}},
      {"vague-result",
       true,
       {{"result", "This tremendously helped our volunteers."}}},
      {"vague-result",
       false,
       {{"result", "The new signs helped a lot of visitors find the ward."}}},
      {"vague-result",
       true,
       {{"result", "By spring the whole depot noticed the difference."}}},
      {"vague-result",
       false,
       {{"result", "We saw a difference between the two scales, so I recalibrated one."}}},
      {"vague-result",
       true,
       {{"result", "Got a lot of positive reviews from the regulars."}}},
      // A feeling or experience said to be better, nothing measured; the
      // speaker's own growth is a lesson, and a number makes it measured.
      {"vague-result",
       true,
       {{"result", "- new rota boosted morale on the weekend crew"}}},
      {"vague-result",
       false,
       {{"result", "It sharpened my judgment and improved my teamwork on later audits."}}},
      {"vague-result",
       false,
       {{"result", "I gained experience with payroll imports along the way."}}},
      {"vague-result",
       true,
       {{"result", "The museum visit was a great team effort."}}},
      {"vague-result",
       false,
       {{"result", "It was a great deal of effort for a small gain, so I dropped it."}}},
      {"vague-result",
       true,
       {{"result", "Our regulars gave really good feedback on the winter menu."}}},
      {"vague-result",
       false,
       {{"result", "The supplier gave us bad feedback on the first sample, so I changed the mix."}}},
      {"vague-result",
       true,
       {{"result", "The head teacher acknowledged my contribution at the staff meeting."}}},
      {"vague-result",
       false,
       {{"result", "My landlord acknowledged the leak and paid for the plumber."}}},
      {"vague-result",
       true,
       {{"result", "The tenants have been happy ever since."}}},
      {"vague-result",
       false,
       {{"result", "The tenants have been waiting since March, so I escalated to the council."}}},
      {"vague-result",
       true,
       {{"result", "Volunteers had a blast and signed up again."}}},
      // Plain approval ending a clause; "good at" and "fine-tuned" are not.
      {"vague-result", true, {{"result", "Feedback from the ward was good."}}},
      {"vague-result",
       false,
       {{"result", "The locum was good at triage, so I gave her the early list."}}},
      {"vague-result", true, {{"result", "- new rota working great, staff asked to keep it"}}},
      {"vague-result", true, {{"result", "In the end it all worked out."}}},
      {"vague-result",
       false,
       {{"result", "I worked out the refund for each tenant and paid it the same week."}}},
      // A note that is only its verdict, or a heading and its verdict.
      {"vague-result", true, {{"result", "Fundraiser success."}}},
      {"vague-result", false, {{"result", "Key to success: the second rehearsal."}}},
      {"vague-result", true, {{"result", "Outcome: excellent."}}},
      {"vague-result", true, {{"result", "Great result for the shelter."}}},
      {"vague-result",
       false,
       {{"result", "The swab came back with a positive result, so I isolated the bay."}}},
      // Liking as a past or third-person verb; "like" as a preposition is not.
      {"vague-result", true, {{"result", "Guests enjoyed the new tasting menu."}}},
      {"vague-result",
       false,
       {{"result", "The new menu felt like a step back, so I restored two dishes."}}},
      {"vague-result",
       true,
       {{"result", "The season ended on a high note for the choir."}}},
      {"vague-result",
       true,
       {{"result", "The shop later became one of our biggest stockists."}}},
      // A praise noun names praise only when someone gave it.
      {"vague-result",
       false,
       {{"result",
         "The image recognition model now reads every delivery note, and "
         "good response times held through the peak."}}},
      {"vague-result",
       false,
       {{"result", "Clerks were relieved of manual entry on the intake screens."}}},
      // An unquantified comparison is unquantified, not praise.
      {"vague-result",
       false,
       {{"result", "Page loads felt far quicker and the help desk got much quieter."}}},
      {"unquantified-result",
       true,
       {{"result", "Page loads felt far quicker and the help desk got much quieter."}}},
      {"unquantified-result",
       false,
       {{"result", "Handover to the night shift slipped by less than a day."}}},
      {"unquantified-result",
       false,
       {{"result", "The audit pack went out a week early."}}},
      // A bare "one" after a bound at the end of a from-to, and "within the
      // hour", are amounts; "one of the leads" is not.
      {"no-baseline",
       false,
       {{"result",
         "- page loads: from five seconds to under one\n- the help desk "
         "queue emptied"}}},
      {"unquantified-result",
       false,
       {{"result", "No stock records were lost and the tills were back within the hour."}}},
      {"unquantified-result",
       true,
       {{"result",
         "I handed the checklist to one of the shift leads and the line ran "
         "more smoothly."}}},
      {"unquantified-result",
       true,
       {{"result", "The tills were back in the hour after close, and the owner was relieved."}}},

      // effort-over-outcome: effort as a virtue without hour words.
      {"effort-over-outcome",
       true,
       {{"action",
         "Stayed overnight at the plant to watch the line restart; swapped the "
         "feeder belts; logged every jam."}}},
      {"effort-over-outcome",
       true,
       {{"result", "My dedication to the client kept the account through the merger."}}},
      {"effort-over-outcome",
       true,
       {{"learning",
         "I gave it my all, though the tender went to a rival; next time I "
         "would price the risk first."}}},
      {"effort-over-outcome",
       true,
       {{"action",
         "- the two of us coded until 2 a.m. before the demo\n- I cut the "
         "import to one file"}}},
      {"effort-over-outcome",
       true,
       {{"action",
         "- worked late most days to finish the audit pack\n- split the pack "
         "by region"}}},
      {"effort-over-outcome",
       true,
       {{"action", "We toiled day and night on the tender and I priced every lot."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "- the shuttle ran late most days, so I moved the audit to 10:00\n- "
         "the pumps ran day and night"}}},
      {"effort-over-outcome",
       true,
       {{"action",
         "For the audit I was working 13 hours a day and I rebuilt the "
         "ledger export."}}},
      // Stock boasts of effort without hour words.
      {"effort-over-outcome",
       true,
       {{"action", "- went above and beyond for the families on the ward\n- rebuilt the visiting rota"}}},
      {"effort-over-outcome",
       true,
       {{"learning", "i always go the extra mile, and this time it showed"}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "I walked the last mile of the delivery route with the driver and "
         "moved two drops to the morning."}}},
      // One's own time given as the price of the work; time that only sets
      // the scene gives nothing up.
      {"effort-over-outcome",
       true,
       {{"action",
         "- sacrificed my family time for three weeks to finish the stock count\n"
         "- reconciled each aisle against the ledger"}}},
      {"effort-over-outcome",
       true,
       {{"action",
         "As the only nurse trained on the new pumps, I gave up my free time "
         "to coach the night staff."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "In my spare time I built a rota prototype in a spreadsheet, then "
         "showed the ward manager the 3 gaps it found."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "- spent my first week reading the pump logs\n- the vendor gave our "
         "team time to retrain"}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "I cut the export run from 13 hours a day of machine time to 2, "
         "working with the DBA on the indexes."}}},
      // "Overnight" as "at once", a clock time in a timeline, effort refused,
      // and machines running at night are no one's effort.
      {"effort-over-outcome",
       false,
       {{"result",
         "Sign-ups tripled overnight once the referral link went out, from 40 "
         "a day to 120."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "At 2am the on-call engineer was paged; I joined at 2:15, found the "
         "full disk and freed 40 GB."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "I asked the team not to work the weekend and moved the cutover to "
         "Tuesday instead."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "I moved the reconciliation so that the nightly job works overnight "
         "while the ledger is idle."}}},

      // Session 10, from probes written after the tuning stories: praise
      // told as how it went, as a reported verdict, as pride or as "a great
      // experience"; effort told as days off, nonstop work, 110%, countless
      // hours; and a night or weekend that names a shift or a plan, not when
      // anyone worked.
      {"vague-result",
       true,
       {{"result",
         "Runtime fell from 6 hours to 85 minutes. The handover to finance turned out great."}}},
      {"vague-result",
       false,
       {{"result",
         "Runtime fell from 6 hours to 85 minutes. The handover to finance turned out to need a second sign-off."}}},
      {"vague-result",
       true,
       {{"result",
         "Runtime fell from 6 hours to 85 minutes. The finance lead said it was the smoothest close she had run."}}},
      {"vague-result",
       false,
       {{"result",
         "Runtime fell from 6 hours to 85 minutes. The finance lead said the close needed one more reviewer."}}},
      {"vague-result",
       true,
       {{"result",
         "Runtime fell from 6 hours to 85 minutes. Overall it was a fantastic experience for the whole ledger team."}}},
      {"vague-result",
       false,
       {{"result",
         "Runtime fell from 6 hours to 85 minutes. Overall it was a long project for the ledger team."}}},
      {"vague-result",
       true,
       {{"result",
         "Runtime fell from 6 hours to 85 minutes. The ledger team was proud of the new pipeline."}}},
      {"vague-result",
       false,
       {{"result",
         "Runtime fell from 6 hours to 85 minutes. The ledger team was relieved of the manual checks."}}},
      {"vague-result",
       true,
       {{"result",
         "Runtime fell from 6 hours to 85 minutes. The incremental merge worked really well."}}},
      {"vague-result",
       false,
       {{"result",
         "Runtime fell from 6 hours to 85 minutes. The incremental merge worked from the change log."}}},
      {"effort-over-outcome",
       true,
       {{"action",
         "I profiled every stage on my days off and rewrote the join as an incremental merge."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "I asked the DBA to take her days off after the cutover and rewrote the join."}}},
      {"effort-over-outcome",
       true,
       {{"action",
         "I worked nonstop for a week to rewrite the join as an incremental merge."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "The replication ran nonstop while I rewrote the join as an incremental merge."}}},
      {"effort-over-outcome",
       true,
       {{"action",
         "I gave 110% to the rewrite and checked every run against the old output."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "I gave 110 analysts access to the rewrite and checked every run against the old output."}}},
      {"effort-over-outcome",
       true,
       {{"action",
         "I put in countless hours on the rewrite of the ledger join."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "The rewrite of the ledger join saved the analysts countless lookups."}}},
      {"effort-over-outcome",
       true,
       {{"action",
         "I worked through the night to rerun the failed loads."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "I worked with the night shift to rerun the failed loads."}}},
      {"effort-over-outcome",
       true,
       {{"action",
         "I worked on the weekend to finish the cutover plan."}}},
      {"effort-over-outcome",
       false,
       {{"action",
         "I worked on the weekend cutover plan with the DBA."}}},
      // A numbered list's item numbers and an "N+1" pattern name are no
      // amounts; amounts inside the items still are.
      {"unquantified-result",
       true,
       {{"result", "1. Stock counts matched the ledger again.\n2. The auditors signed off."}}},
      {"unquantified-result",
       false,
       {{"result",
         "1. Stock counts matched the ledger on 40 of 40 shelves.\n2. The auditors "
         "signed off in 2 days instead of 9."}}},
      {"unquantified-result",
       true,
       {{"result", "Removed the N+1 lookups from the dashboard, and pages feel faster."}}},
      {"unquantified-result",
       false,
       {{"result", "Removed the N+1 lookups: the dashboard loads in 1.2 s, down from 4 s."}}},
      // A time word that names a shift names no one's extra hours.
      {"effort-over-outcome",
       false,
       {{"action", "Relief pilot worked the weekend shift as rostered; I rebuilt the crew plan."}}},
      {"effort-over-outcome",
       true,
       {{"action", "- I worked the weekend to rebuild the crew plan"}}},
      {"effort-over-outcome",
       true,
       {{"action", "I poured my heart into the spring fundraiser and called every donor."}}},
      {"effort-over-outcome",
       false,
       {{"action", "The nurse put my heart monitor on, and I logged the readings."}}},
      // More effort told as a virtue: every day of the week, the night spent
      // doing the work, no sleep, one's own time "all" given, present tense.
      {"effort-over-outcome",
       true,
       {{"action", "- worked 7 days a week through the wedding season"}}},
      {"effort-over-outcome",
       false,
       {{"action", "The bakery opens 7 days a week, so I split the early shifts."}}},
      {"effort-over-outcome",
       true,
       {{"action", "I stayed up all night recounting the stock in aisle 4."}}},
      {"effort-over-outcome",
       false,
       {{"action", "I moved the night recount to the day team and checked aisle 4 myself."}}},
      {"effort-over-outcome",
       true,
       {{"action", "Didn't sleep for two days until the ledger balanced."}}},
      {"effort-over-outcome",
       false,
       {{"action", "I didn't sleep on the decision: I rolled the prices back that hour."}}},
      {"effort-over-outcome",
       true,
       {{"action", "I spend all my free time on the shelter's accounts."}}},
      {"effort-over-outcome",
       true,
       {{"action", "I work very hard every day on the shelter's accounts."}}},
      // "A full month" measures a stretch; "a month later" tells when.
      {"unquantified-result",
       false,
       {{"result", "- depot went a full month without a missed pickup"}}},
      {"unquantified-result",
       true,
       {{"result", "- a month later the depot had no missed pickups"}}},
      // A number that dates the result measures nothing: a day beside a
      // month, an amount of time before "later" or "ago". What it dates
      // may still be measured with no baseline.
      {"no-baseline",
       false,
       {{"result", "Grant filed on 2 October; the foundation funded it in full."}}},
      {"no-baseline",
       true,
       {{"result", "Grant filed on 2 October; the foundation funded 14 of the 20 places."}}},
      {"no-baseline", false, {{"result", "- promoted to shift lead 8 months later"}}},
      {"no-baseline", true, {{"result", "- 8 months later, 35 volunteers on the rota"}}},
      // Opening hours are no one's effort: "seven days a week" counts only
      // when a person works it. Being first in and last out is.
      {"effort-over-outcome",
       false,
       {{"result", "The pharmacy now opens seven days a week with the same staff."}}},
      {"effort-over-outcome",
       true,
       {{"action", "I covered the counter seven days a week for a month."}}},
      {"effort-over-outcome",
       true,
       {{"action", "- first in and last out every day of the stocktake"}}},
      {"effort-over-outcome",
       false,
       {{"action", "I rewrote the stock queue as first in, first out."}}},
      // A window given is the limit the result is measured against.
      {"no-baseline",
       false,
       {{"result", "Curriculum delivered inside the 10-week window the school gave us."}}},
      {"no-baseline", true, {{"result", "Curriculum delivered in 10 weeks."}}},
      // A past value in brackets, or what something used to be, is a baseline.
      {"no-baseline", false, {{"result", "- pick time 41 s (was 95 s)"}}},
      {"no-baseline",
       false,
       {{"result", "The backlog, which used to be 300 files, is now under 20."}}},
      {"no-baseline",
       true,
       {{"result", "The pickers used to work from paper lists; pick time is now 41 s."}}},
      // The usual amount, named with "normally", is the baseline beaten.
      {"no-baseline",
       false,
       {{"result", "Refunds reached the members within two days, normally a three-week wait."}}},
      {"no-baseline", true, {{"result", "Refunds reached the members within two days."}}},
      // A change verb in the base form, as non-native writers tell a delta.
      {"no-baseline",
       false,
       {{"result", "After move to new supplier we decrease cost 25% for the bakery."}}},
      {"no-baseline",
       true,
       {{"result", "After move to new supplier the bakery has 25 orders a day."}}},
      // we-ownership: "we" inside quoted speech is someone's words.
      {"we-ownership",
       false,
       {{"action",
         "I told the director: \"We can hold the date.\" Then I told the "
         "clerks: 'we will check each case twice.' I rewrote the triage rules."}}},
      {"we-ownership",
       true,
       {{"action",
         "We mapped the intake forms. We rewrote the triage rules. I trained "
         "the clerks. We checked every case by hand."}}},
      // "We (...) were asked": a bracket says who "we" is; being asked is no act.
      {"we-ownership",
       false,
       {{"action",
         "We (the two night porters and I) were told to clear the loading bay. "
         "I drew the plan, I moved the pallets, and I logged each one."}}},
      {"we-ownership",
       true,
       {{"action",
         "We (the two night porters and I) cleared the loading bay. We moved the "
         "pallets and we logged each one."}}},
      // A plan under a condition and an agreement reached are no one acting.
      {"we-ownership",
       false,
       {{"action",
         "- I set the canary at 5% of branches\n- if error rates rose, we would "
         "roll back\n- if the queue grew we'd pause the rollout\n- I watched "
         "the graphs for two days"}}},
      {"we-ownership",
       false,
       {{"action",
         "I met the vendor twice. We agreed to split the hosting cost. We "
         "reached a compromise on dates. I wrote the contract and I ran the "
         "pilot."}}},
      // The team sharing the subject with the speaker is the team acting; a
      // named partner is not.
      {"we-ownership",
       true,
       {{"action",
         "My team and I mapped the intake forms. The whole crew and I rewrote "
         "the triage rules. I trained the clerks."}}},
      {"we-ownership",
       false,
       {{"action",
         "Priya and I mapped the intake forms. Tom and I rewrote the triage "
         "rules. I trained the clerks."}}},
      // "Mostly we" means mostly: more than two clauses of the speaker's for
      // each "we" is an "I" story; fewer is not.
      {"we-ownership",
       false,
       {{"action",
         "I mapped the intake forms. I rewrote the triage rules. I trained "
         "the night clerks. We reviewed the results. I wrote the report. I "
         "checked every case. We presented it together."}}},
      {"we-ownership",
       true,
       {{"action",
         "I mapped the intake forms. We rewrote the triage rules. We trained "
         "the clerks. I checked the cases. We reviewed the results."}}},
  };
}

TEST_CASE("result and ownership rules on issue 20's classes", "[rules][results]") {
  for (const Case& c : Cases()) {
    REQUIRE(FindRule(c.rule) != nullptr);
    auto parts = testing::StrongParts();
    for (const auto& [k, v] : c.parts) parts[k] = v;
    std::string yaml = testing::StoryYaml(parts);
    std::set<std::string> fired = testing::FiredRules(yaml);
    INFO("rule " << c.rule << (c.fires ? " should fire" : " should stay silent")
                 << " on:\n"
                 << yaml);
    CHECK(fired.count(c.rule) == (c.fires ? 1u : 0u));
  }
}

}  // namespace
}  // namespace starbank
