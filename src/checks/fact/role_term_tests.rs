//! Phrasing matrix for fact.role-term (issue 13, class 3): a title belongs to the time of the
//! clause or noun phrase it sits in. In an event noun phrase with a date ("the 1974 resignation
//! of President Nixon") it takes the event's date; on the subject of a reporting verb it takes
//! the verb's own clause's date or the dateline, never a date inside a clause that only the
//! object or the reported speech holds ("recalled the day the border opened in 1989").

fn role_terms(date: &str, text: &str) -> Vec<String> {
    crate::checks::testing::rule_messages("fact.role-term", date, text)
}

#[test]
fn a_title_takes_the_time_of_its_own_clause() {
    let clean = [
        // Event noun phrases with a date: the title belongs to the event.
        (
            "2024-08-09",
            "Historians met in Washington on Friday to revisit the 1974 resignation of President Richard Nixon.",
        ),
        ("2019-02-12", "President Bill Clinton's 1999 impeachment trial was the subject of a lecture on Tuesday."),
        (
            "2013-11-23",
            "Schoolchildren laid wreaths on Friday to mark the November 1963 killing of President John F. Kennedy.",
        ),
        ("2018-11-05", "The 2008 election of President Barack Obama was recalled by organisers on Sunday."),
        // The subject of a reporting verb takes the dateline; the date dates another clause.
        ("2014-11-10", "Chancellor Angela Merkel recalled the day the border opened in November 1989."),
        ("2014-11-10", "Chancellor Angela Merkel told students on Monday how crowds had crossed in November 1989."),
        ("2018-06-24", "Prime Minister Theresa May said the referendum was held in June 2016."),
        ("2012-06-05", "President Barack Obama, who entered the Senate in January 2005, said he would sign the bill."),
        ("2016-03-01", "Chancellor Angela Merkel remembered the night when the wall fell in November 1989."),
    ];
    for (date, t) in clean {
        assert_eq!(role_terms(date, t), Vec::<String>::new(), "clean: {t}");
    }
}

#[test]
fn a_title_at_the_wrong_time_of_its_own_clause_is_still_caught() {
    let planted = [
        // The event's own date is outside the term.
        ("2015-07-01", "The 1995 visit of President Barack Obama to Ghana was remembered on Friday."),
        ("2015-07-01", "President Bill Clinton's 2010 visit to Haiti drew crowds."),
        // The subject's title at the dateline, the reported clause's date aside.
        ("2014-11-10", "Chancellor Gerhard Schröder recalled the day the border opened in November 1989."),
        ("2012-06-05", "Prime Minister Tony Blair told reporters on Monday that the treaty was signed in 1998."),
        // The verb's own clause is dated.
        ("2010-05-06", "President George W. Bush said on May 5, 2010, that the war had begun in 2003."),
    ];
    for (date, t) in planted {
        assert_eq!(role_terms(date, t).len(), 1, "planted: {t}");
    }
}

/// A date binds to the person of the clause that holds it: a coordinated clause with its own
/// subject, or another titled person standing nearer the date, takes the date away (the
/// CNN article on Justice Alito: "President Ronald Reagan named Alito ... and President George
/// H.W. Bush tapped him ... in 1990").
#[test]
fn a_date_in_a_coordinated_clause_or_nearer_another_person_is_not_the_titles() {
    let clean = [
        (
            "2024-01-10",
            "President Ronald Reagan named Alito a US attorney in New Jersey and President George H.W. Bush tapped him for an appellate court post in 1990.",
        ),
        ("2024-01-10", "President Ronald Reagan named her to the board, and she was confirmed by the Senate in 1990."),
        ("2024-01-10", "President Ronald Reagan hired him but the new chief of staff fired him in 1990."),
        ("2024-01-10", "President Ronald Reagan's former aide was hired by Gov. Mario Cuomo in 1990."),
        ("2024-01-10", "In 1990, Gov. Mario Cuomo hired the aide that President Ronald Reagan had trained."),
        // A title after its clause's verb, and a predicate of the subject coordinated after it.
        (
            "2024-01-10",
            "Smith was named ambassador to Japan by President Ronald Reagan during the arms talks then served as a senator under President Bill Clinton from 1995-1999.",
        ),
        ("2024-01-10", "Jones was hired by President Ronald Reagan and later worked for the bank in 1995."),
    ];
    for (date, t) in clean {
        assert_eq!(role_terms(date, t), Vec::<String>::new(), "clean: {t}");
    }
    let planted = [
        // The date sits in the title's own clause, before or without a second clause.
        (
            "2024-01-10",
            "President Ronald Reagan named Alito a US attorney in 1990 and Justice Antonin Scalia welcomed him.",
        ),
        ("2024-01-10", "President Ronald Reagan visited Moscow and Leningrad in 1990."),
        ("2024-01-10", "President Ronald Reagan signed the bill in 1990 and he left for California."),
        // The title is the subject of both predicates, or the date stands before the next one.
        ("2024-01-10", "President Ronald Reagan visited Moscow and then toured Leningrad in 1990."),
        ("2024-01-10", "Smith was named ambassador by President Ronald Reagan in 1990 and then served as a senator."),
        // Two names joined by "and" are one subject: the date is both holders'.
        ("2024-01-10", "President Ronald Reagan and his wife toured Moscow in 1990."),
    ];
    for (date, t) in planted {
        assert_eq!(role_terms(date, t).len(), 1, "planted: {t}");
    }
}

#[test]
fn a_retrospective_tells_the_past_event_titles_and_all() {
    let lead = "Today marks the 30th anniversary of the great flood.\n\n";
    let clean = format!("{lead}The river crested at dawn, and President Clinton said he would visit the next day.");
    assert_eq!(role_terms("2023-07-01", &clean), Vec::<String>::new());
    // Without the looking-back lead, the same sentence is held to the dateline.
    let planted = "The river crested at dawn, and President Clinton said he would visit the next day.";
    assert_eq!(role_terms("2023-07-01", planted).len(), 1);
}
