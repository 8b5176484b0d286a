//! Phrasing matrix for date.after-dateline: a line crediting the text's own publication
//! ("Published in The Daily Herald on Apr. 17, 2020") dates an edition of the text, which may
//! follow the web page's date, not an event the text reports.

fn after(text: &str) -> usize {
    crate::checks::testing::rule_messages("date.after-dateline", "2022-03-09", text).len()
}

#[test]
fn a_credit_line_dates_an_edition_not_an_event() {
    let clean = [
        "Mary Lee, 84, died on March 1, 2022, at her home.\n\nPublished in The Daily Herald on Mar. 10, 2022.",
        "The council approved the plan on Monday.\n\nUpdated on March 11, 2022",
    ];
    for t in clean {
        assert_eq!(after(t), 0, "clean: {t}");
    }
    let planted = [
        // An event after the dateline, reported in the past.
        "Mary Lee, 84, died on March 12, 2022, at her home.",
        // A fronted participle with a clause of its own is no credit line.
        "Published on March 12, 2022, the report found that rents rose.",
    ];
    for t in planted {
        assert_eq!(after(t), 1, "planted: {t}");
    }
}

#[test]
fn a_present_passive_speaks_of_what_is_ahead() {
    // An obituary's service notice: "Friends are invited to a service on Saturday, April 11".
    assert_eq!(after("Friends are invited to a reception at the hall on Saturday, March 19, 2022, from 2 p.m."), 0);
    assert_eq!(after("Mourners are asked to gather at the chapel on March 20, 2022."), 0);
    // Its past twin still reports an event after the dateline.
    assert_eq!(after("Friends were invited to a reception at the hall on Saturday, March 19, 2022."), 1);
}
