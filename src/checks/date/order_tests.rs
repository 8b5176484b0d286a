//! Phrasing matrix for date.order: what "before" and "after" govern. A predicate coordinated
//! after the order word's clause ("after winning an election but abolished the office in
//! 1987") is the main clause's again: its date is not ordered by the word.

fn orders(text: &str) -> Vec<String> {
    crate::checks::testing::rule_messages("date.order", "2024-05-02", text)
}

#[test]
fn a_date_in_a_coordinated_predicate_is_not_ordered_by_after() {
    let clean = [
        "She became the party's leader in 1994 after winning a vote but dissolved the party in 2003, founding another.",
        "He took over the mill in 1972 after buying out his partner and then sold it in 1990.",
        "The club moved to the city in 1961 before building a stadium and was relegated in 1958 once.",
        "The ministry opened in 1988 after lobbying by farmers, and it closed in 2011.",
    ];
    for t in clean {
        assert_eq!(orders(t), Vec::<String>::new(), "clean: {t}");
    }
    let planted = [
        // The second date is the time of what "after" governs.
        "She became the party's leader in 1994 after winning a vote in 2003.",
        "He took over the mill in 1972 after buying out his partner in 1990 and then sold it.",
        "The club moved to the city in 1981, long before its founding in 1975.",
    ];
    for t in planted {
        assert_eq!(orders(t).len(), 1, "planted: {t}");
    }
}
