//! Cross-article pairing rules on small articles of our own: what makes
//! two articles the same story, which figures are the same measure, which
//! quotations are the same words, and which roles conflict; with the near
//! misses that must stay quiet.

use crosscheck_analysis::{Digest, check_corpus};
use crosscheck_model::CorpusReport;

fn run(articles: &[&str]) -> CorpusReport {
    let digests: Vec<Digest> = articles
        .iter()
        .enumerate()
        .map(|(k, text)| {
            let name = format!("{}.txt", (b'a' + k as u8) as char);
            Digest::new(&crosscheck_parse::article(&name, text), text)
        })
        .collect();
    check_corpus(&digests)
}

fn names(report: &CorpusReport) -> Vec<&str> {
    report.findings.iter().map(|f| f.name.as_str()).collect()
}

fn clustered(report: &CorpusReport) -> Vec<Vec<&str>> {
    report
        .clusters
        .iter()
        .map(|c| c.articles.iter().map(String::as_str).collect())
        .collect()
}

const POLL_A: &str = "Nurses warn of exodus as pay talks stall\n\n\
A survey of 1,204 nurses carried out by Savanta for the Nursing Workforce Forum found that 38% said they would retire early if pay did not improve.\n\n\
The poll also found that 22% said they had taken a second job to cover their bills.\n\n\
Ruth Okafor, chair of the Nursing Workforce Forum, said: “Every week we lose experienced nurses to agencies and to other careers, and the wards feel it straight away.”\n";

const POLL_B: &str = "Pay row: nurses say they may leave early\n\n\
More than a third of nurses would retire early without a better pay offer, according to a poll of 1,204 nurses by Savanta for the Nursing Workforce Forum.\n\n\
Some 38% said they would retire early if pay did not improve, the poll found.\n\n\
Ruth Okafor, chair of the Nursing Workforce Forum, said: “Every week we lose experienced nurses to agencies and to other careers, and the wards feel it straight away.”\n";

#[test]
fn one_poll_two_outlets_is_one_cluster() {
    let report = run(&[POLL_A, POLL_B]);
    assert_eq!(clustered(&report), [["a.txt", "b.txt"]]);
    let label = &report.clusters[0].label;
    assert!(
        label.contains("1204") || label.contains("n = 1204"),
        "{label}"
    );
    assert!(names(&report).is_empty(), "{:?}", report.findings);
}

#[test]
fn different_surveys_with_the_same_n_are_not_clustered() {
    let other = "Parents back longer school day\n\n\
A survey of 1,204 parents by YouGov for the Family Learning Trust found that 61% said they would back a longer school day.\n\n\
The trust said it would take the findings to ministers before the summer.\n";
    let report = run(&[POLL_A, other]);
    assert!(report.clusters.is_empty(), "{:?}", report.clusters);
}

#[test]
fn a_shared_quotation_and_speaker_make_a_story() {
    let a = "Clinic to close on Fridays\n\n\
The walk-in clinic in Harbury will close on Fridays from next month, the health board has confirmed.\n\n\
Board member Tomas Varga said: “We have looked at every option and this is the only one that keeps the clinic open on the other four days.”\n";
    let b = "Harbury clinic cuts opening hours\n\n\
Patients in Harbury will lose Friday access to their walk-in clinic, after a decision by the local health board this week.\n\n\
“We have looked at every option and this is the only one that keeps the clinic open on the other four days,” said Tomas Varga, a board member.\n";
    assert_eq!(clustered(&run(&[a, b])), [["a.txt", "b.txt"]]);
}

#[test]
fn a_shared_name_alone_is_not_a_story() {
    let a = "Council leader backs bus plan\n\n\
The council leader, Marta Silva, said the new bus routes would help older residents reach the hospital more easily.\n";
    let b = "Library hours to be extended\n\n\
Libraries across the borough will stay open later on weekdays, the council leader Marta Silva announced at the budget meeting.\n";
    assert!(run(&[a, b]).clusters.is_empty());
}

#[test]
fn clusters_chain_through_shared_evidence() {
    let c = "Nurses' leader: wards feel every departure\n\n\
Ruth Okafor told a conference in Leeds that the workforce was at breaking point.\n\n\
“Every week we lose experienced nurses to agencies and to other careers, and the wards feel it straight away,” said Ruth Okafor.\n";
    assert_eq!(
        clustered(&run(&[POLL_A, POLL_B, c])),
        [["a.txt", "b.txt", "c.txt"]]
    );
}

#[test]
fn a_different_sample_size_is_a_figure_conflict() {
    let b = POLL_B.replace("poll of 1,204 nurses", "poll of 1,240 nurses");
    let report = run(&[POLL_A, &b]);
    assert_eq!(names(&report), ["figure-conflict"]);
    assert!(
        report.findings[0].message.contains("sample size"),
        "{}",
        report.findings[0].message
    );
}

#[test]
fn the_same_question_with_another_value_is_a_figure_conflict() {
    let b = POLL_B.replace(
        "Some 38% said they would retire early",
        "Some 33% said they would retire early",
    );
    let report = run(&[POLL_A, &b]);
    assert_eq!(names(&report), ["figure-conflict"]);
    assert!(
        report.findings[0].message.contains("38%") && report.findings[0].message.contains("33%")
    );
}

#[test]
fn different_questions_are_not_paired() {
    let b = POLL_B.replace(
        "Some 38% said they would retire early if pay did not improve, the poll found.",
        "Some 52% said they had been shouted at by a patient in the past year, the poll found.",
    );
    let report = run(&[POLL_A, &b]);
    assert!(
        !names(&report).contains(&"figure-conflict"),
        "{:?}",
        report.findings
    );
}

#[test]
fn rounding_is_not_a_conflict() {
    let b = POLL_B.replace("Some 38% said", "Some 37.6% said");
    let report = run(&[POLL_A, &b]);
    assert!(
        !names(&report).contains(&"figure-conflict"),
        "{:?}",
        report.findings
    );
}

#[test]
fn a_qualified_sample_size_is_not_a_conflict() {
    let b = POLL_B.replace("poll of 1,204 nurses", "poll of more than 1,200 nurses");
    let report = run(&[POLL_A, &b]);
    assert!(
        !names(&report).contains(&"figure-conflict"),
        "{:?}",
        report.findings
    );
}

#[test]
fn a_changed_word_is_a_quote_variant() {
    let b = POLL_B.replace(
        "and the wards feel it straight away",
        "and the wards feel it immediately",
    );
    let report = run(&[POLL_A, &b]);
    assert_eq!(names(&report), ["quote-variant"]);
    assert!(
        report.findings[0]
            .message
            .contains("[-straight away-]{+immediately+}"),
        "{}",
        report.findings[0].message
    );
}

#[test]
fn an_excerpt_is_consistent() {
    let b = POLL_B.replace(
        "“Every week we lose experienced nurses to agencies and to other careers, and the wards feel it straight away.”",
        "“Every week we lose experienced nurses to agencies and to other careers.”",
    );
    let report = run(&[POLL_A, &b]);
    assert!(names(&report).is_empty(), "{:?}", report.findings);
    assert_eq!(report.agreements.len(), 1);
    assert!(report.agreements[0].message.contains("exact excerpt"));
}

#[test]
fn the_same_words_from_someone_else_are_misattributed_once() {
    let a = "Trust plans new stroke unit\n\n\
The trust will open a new stroke unit at Kingsmere General next spring, its board heard on Tuesday.\n\n\
Medical director Dr Alan Reyes said: “Patients who have a stroke need specialist care within the first hour, and this unit will give them that.\n\n\
“It will also mean fewer transfers to hospitals forty miles away, which is better for patients and for their families.”\n";
    let b = "Kingsmere to get stroke unit\n\n\
A new stroke unit will open at Kingsmere General next spring under plans approved by the trust board this week.\n\n\
Chief nurse Grace Obi said: “Patients who have a stroke need specialist care within the first hour, and this unit will give them that.\n\n\
“It will also mean fewer transfers to hospitals forty miles away, which is better for patients and for their families.”\n";
    let report = run(&[a, b]);
    assert_eq!(names(&report), ["quote-misattribution"]);
    let message = &report.findings[0].message;
    assert!(
        message.contains("Alan Reyes")
            && message.contains("Grace Obi")
            && message.contains("2 paragraphs"),
        "{message}"
    );
}

#[test]
fn a_shared_phrase_in_different_quotations_is_nothing() {
    let a = "Funding gap widens for councils\n\n\
Councils face a growing gap in their budgets for adult care, the local government association warned on Monday.\n\n\
Its chair, Priya Shah, said: “The system is under huge pressure and we need a long-term settlement from the government this year, not another one-off grant.”\n";
    let b = "GP leaders call for more staff\n\n\
Family doctors need thousands more colleagues to keep up with demand, the college said in its annual report.\n\n\
Its chair, Owen Blake, said: “The system is under huge pressure and our members are working twelve-hour days just to see the patients on their lists.”\n";
    let report = run(&[a, b]);
    assert!(names(&report).is_empty(), "{:?}", report.findings);
}

const ROLE_A: &str = "Rural practices warn on funding\n\n\
Small rural surgeries could close within two years without extra money, a survey of 311 practice managers by the Rural Practices Alliance (RPA) found.\n\n\
Jane Lee, chair of the Rural Practices Alliance, said: “Our members cover huge distances with tiny budgets, and many of them simply cannot go on like this.”\n";

#[test]
fn another_title_at_the_same_body_is_a_role_conflict() {
    let b = "Rural surgeries face closure, says alliance\n\n\
Rural GP surgeries are at risk of closing, according to a survey of 311 practice managers for the Rural Practices Alliance.\n\n\
RPA chief executive Jane Lee said: “Our members cover huge distances with tiny budgets, and many of them simply cannot go on like this.”\n";
    let report = run(&[ROLE_A, b]);
    assert_eq!(names(&report), ["role-conflict"]);
    assert!(
        report.findings[0].message.contains("Jane Lee"),
        "{}",
        report.findings[0].message
    );
}

#[test]
fn case_and_honorifics_are_not_a_role_conflict() {
    let b = "Rural surgeries face closure, says alliance\n\n\
Rural GP surgeries are at risk of closing, according to a survey of 311 practice managers for the Rural Practices Alliance.\n\n\
Dr Jane Lee, Chair of the Rural Practices Alliance, said: “Our members cover huge distances with tiny budgets, and many of them simply cannot go on like this.”\n";
    let report = run(&[ROLE_A, b]);
    assert!(
        !names(&report).contains(&"role-conflict"),
        "{:?}",
        report.findings
    );
}

#[test]
fn two_people_sharing_a_role_are_not_a_conflict() {
    let a = "Carers' group calls for respite funding\n\n\
The Valley Carers Network says hundreds of families have had no break in over a year.\n\n\
Sam Idris, co-chair of the Valley Carers Network, said: “We hear every day from carers who are exhausted and who have nobody to turn to.”\n";
    let b = "Families caring at home left without breaks\n\n\
Families who look after relatives at home say respite services have all but disappeared.\n\n\
Lena Park, co-chair of the Valley Carers Network, said: “We hear every day from carers who are exhausted and who have nobody to turn to.”\n";
    let report = run(&[a, b]);
    assert!(
        !names(&report).contains(&"role-conflict"),
        "{:?}",
        report.findings
    );
}

#[test]
fn roles_at_different_bodies_are_not_a_conflict() {
    let b = "Dispensing doctors seek new contract\n\n\
Doctors who run their own dispensaries in villages want a new national contract, their association said today.\n\n\
Jane Lee, treasurer of the Dispensing Doctors Association, said: “Our members cover huge distances with tiny budgets, and many of them simply cannot go on like this.”\n";
    let report = run(&[ROLE_A, b]);
    assert!(
        !names(&report).contains(&"role-conflict"),
        "{:?}",
        report.findings
    );
}

const STANCE_HARDER: &str = "Councils blamed for delayed discharges\n\n\
By Ann Cole\n\n\
Councils are making it harder for hospital trusts to discharge older patients, ward nurses have claimed.\n\n\
The nurses said some patients waited weeks for a care package.\n";

const STANCE_WELL: &str = "Discharge partnership praised\n\n\
By Tom Reed\n\n\
A survey of ward managers found councils and hospital trusts were working together well on most discharges.\n\n\
Managers said waits had fallen this year.\n";

#[test]
fn opposite_terms_for_one_relationship_are_a_stance_conflict() {
    let report = run(&[STANCE_HARDER, STANCE_WELL]);
    let stance: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.name == "stance-conflict")
        .collect();
    assert_eq!(stance.len(), 1, "{:?}", report.findings);
    assert!(
        stance[0].message.starts_with("council and trust"),
        "{}",
        stance[0].message
    );
    assert_eq!(stance[0].evidence.len(), 2);
}

#[test]
fn the_same_stance_twice_is_no_conflict() {
    let other = STANCE_WELL.replace("ward managers", "discharge leads");
    let report = run(&[STANCE_WELL, &other]);
    assert!(
        !names(&report).contains(&"stance-conflict"),
        "{:?}",
        report.findings
    );
}

#[test]
fn a_wish_is_not_a_stance() {
    let hope = STANCE_WELL.replace(
        "found councils and hospital trusts were working together well",
        "found managers hoped councils and hospital trusts would be working together well",
    );
    let report = run(&[STANCE_HARDER, &hope]);
    assert!(
        !names(&report).contains(&"stance-conflict"),
        "{:?}",
        report.findings
    );
}
