//! Titles written before a name ("Sen.", "Prime Minister", "Mr."), the offices a person holds
//! one at a time, and the words that tell a capitalised word is not part of a person's name.

use std::sync::LazyLock;

use crate::extract::wordset::WordSet;

/// An office or rank a person holds one at a time. Civil offices exclude each other (a senator is
/// not at the same time a representative, a governor, a mayor or a president), and ranks of one
/// service exclude each other (a sergeant is not a captain); a civil office and a rank can be held
/// together (a senator who is a reserve colonel).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Office {
    Senator,
    Representative,
    Governor,
    /// "Lt. Gov.", "Lieutenant Governor": its own office, never the governor's.
    LieutenantGovernor,
    /// "Attorney General".
    AttorneyGeneral,
    Mayor,
    PrimeMinister,
    /// "President" with no modifier: a head of state or of an organisation, in one office.
    President,
    /// "Chancellor" with no modifier: a head of government ("Chancellor Merkel") or of a
    /// university or school system, either way one office.
    Chancellor,
    /// "Premier": a province's or state's head of government, and in some copy a prime
    /// minister's other name ("Premier Li"), so it never conflicts with "Prime Minister".
    Premier,
    /// A reigning monarch: "King", "Queen" with no modifier ("Queen Mother" is none).
    Monarch,
    General,
    Admiral,
    Colonel,
    Commander,
    Major,
    Captain,
    Lieutenant,
    Sergeant,
    Corporal,
    Private,
}

impl Office {
    /// The office as a title is written in a message.
    pub fn name(self) -> &'static str {
        match self {
            Office::Senator => "senator",
            Office::Representative => "representative",
            Office::Governor => "governor",
            Office::LieutenantGovernor => "lieutenant governor",
            Office::AttorneyGeneral => "attorney general",
            Office::Mayor => "mayor",
            Office::PrimeMinister => "prime minister",
            Office::President => "president",
            Office::Chancellor => "chancellor",
            Office::Premier => "premier",
            Office::Monarch => "monarch",
            Office::General => "general",
            Office::Admiral => "admiral",
            Office::Colonel => "colonel",
            Office::Commander => "commander",
            Office::Major => "major",
            Office::Captain => "captain",
            Office::Lieutenant => "lieutenant",
            Office::Sergeant => "sergeant",
            Office::Corporal => "corporal",
            Office::Private => "private",
        }
    }

    /// Whether this is a military or police rank rather than a civil office.
    fn is_rank(self) -> bool {
        !matches!(
            self,
            Office::Senator
                | Office::Representative
                | Office::Governor
                | Office::LieutenantGovernor
                | Office::AttorneyGeneral
                | Office::Mayor
                | Office::PrimeMinister
                | Office::President
                | Office::Chancellor
                | Office::Premier
                | Office::Monarch
        )
    }

    /// Whether one person cannot hold both at once: two civil offices, or two ranks. A premier
    /// and a prime minister may be one office under two names.
    pub fn excludes(self, other: Office) -> bool {
        let names_of_one = |a: Office, b: Office| a == Office::Premier && b == Office::PrimeMinister;
        self != other && self.is_rank() == other.is_rank() && !names_of_one(self, other) && !names_of_one(other, self)
    }
}

/// Last words of a title written before a name. A run of capitalised words ending in one of
/// these and followed by a name is a title ("Foreign Minister", "Goldman Sachs Chief Executive").
#[rustfmt::skip]
const TITLE_HEADS: &[&str] = &[
    "Sen", "Senator", "Rep", "Representative", "Congressman", "Congresswoman", "Del", "Delegate",
    "Assemblyman", "Assemblywoman", "Gov", "Governor", "Mayor", "President", "Minister", "Premier",
    "Chancellor", "Secretary", "Executive", "Chairman", "Chairwoman", "Chair", "Director", "Judge",
    "Justice", "Dr", "Doctor", "Prof", "Professor", "Mr", "Mrs", "Ms", "Miss", "Mx", "Gen", "General",
    "Col", "Capt", "Captain", "Sgt", "Sergeant", "Lt", "Lieutenant", "Maj", "Adm", "Admiral", "Cmdr",
    "Commander", "Det", "Detective", "Officer", "Constable", "Inspector", "Superintendent",
    "Commissioner", "Sheriff", "Chief", "Coach", "Rev", "Reverend", "Father", "Bishop", "Archbishop",
    "Cardinal", "Pope", "Rabbi", "Imam", "Sheikh", "King", "Queen", "Prince", "Princess", "Lord", "Lady",
    "Sir", "Dame", "Ambassador", "Speaker", "Leader", "Councilman", "Councilwoman", "Councillor",
    "Councilor", "Alderman", "Treasurer", "Attorney", "Spokesman", "Spokeswoman", "Spokesperson",
    "Deputy", "Manager", "Trooper", "Agent", "Cpl", "Corporal", "Pvt", "Private", "MP", "Supt", "Insp",
];

/// Titles that are courtesy forms, not offices.
const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"];

/// Abbreviations that a period follows inside a title or name ("Sen.", "Lt. Gov.", "U.S.").
#[rustfmt::skip]
pub(super) const ABBREVIATIONS: &[&str] = &[
    "Sen", "Rep", "Gov", "Dr", "Prof", "Mr", "Mrs", "Ms", "Mx", "Gen", "Col", "Capt", "Sgt", "Lt", "Maj",
    "Adm", "Cmdr", "Det", "Rev", "Cpl", "Pvt", "Supt", "Insp", "Del", "Jr", "Sr", "St", "Ft", "Mt", "Hon",
];

/// Words that end a name and are not its surname: "Jr.", "III".
pub(super) const SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV", "V"];

/// Lower-case words inside a name: "Ludwig van Beethoven", "Osama bin Laden".
#[rustfmt::skip]
pub(super) const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "bin",
    "bint", "ibn", "al", "ter", "ten", "y",
];

/// Words that make a run of capitalised words an organisation, a place or a thing.
#[rustfmt::skip]
const NOT_NAME_WORDS: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "Group", "Bank", "University", "College", "School",
    "Hospital", "Company", "Party", "Council", "Department", "Ministry", "Court", "Street", "Avenue",
    "Road", "River", "Lake", "Mountain", "Mountains", "County", "City", "State", "States",
    "Island", "Islands", "House", "Senate", "Congress", "Parliament", "Assembly", "Committee",
    "Commission", "Agency", "Association", "Foundation", "Institute", "Center", "Centre", "Club",
    "United", "National", "International", "Federal", "Airport", "Station", "Times", "News",
    "Journal", "Press", "Motors", "Airlines", "Airways", "Energy", "Health", "Police", "Army",
    "Navy", "Force", "Union", "Fund", "Trust", "Museum", "Stadium", "Bridge", "Highway", "North",
    "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "New", "Saint", "Port",
    "Fort", "Mount", "Cape", "Bay", "Valley", "Beach", "Square", "Library", "Office", "Service",
    "Services", "Board", "Authority", "Republic", "Kingdom", "Empire", "Federation", "Coalition",
    "Alliance", "Movement", "Front", "Organisation", "Organization", "Corporation", "Holdings",
    "Partners", "Capital", "Securities", "Industries", "Systems", "Technologies", "Media", "Network",
    "Television", "Radio", "Channel", "Magazine", "Herald", "Tribune", "Gazette", "Review", "Award",
    "Awards", "Prize", "Cup", "League", "Championship", "Games", "Olympics", "Festival", "Act",
    "Treaty", "Accord", "War", "Christmas", "Easter", "God", "Jesus", "Christ", "Allah",
    "Internet", "Web", "Online", "Google", "Twitter", "Facebook", "Reuters", "Associated", "Democrats",
    "Republicans", "Democrat", "Republican", "Labor", "Labour", "Liberal", "Liberals", "Greens",
    "Conservative", "Conservatives", "Catholic", "Muslim", "Jewish", "Islamic", "English",
    "French", "German", "British", "American", "Australian", "Chinese", "Japanese", "Russian", "Indian",
    "European", "African", "Asian", "Zealand", "York", "Angeles", "Francisco", "Wales", "Jersey",
    "Carolina", "Dakota", "Hampshire", "Virginia", "Korea", "Africa", "America", "Australia", "Britain",
    "England", "Ireland", "Scotland", "Canada", "China", "India", "Japan", "Russia", "France",
    "Germany", "Iraq", "Iran", "Afghanistan", "Pakistan", "Palestinian", "Palestine",
    "Melbourne", "Canberra", "Brisbane", "Perth", "Adelaide",
    "Hobart", "Queensland", "Tasmania", "Territory", "Brazil", "Mexico", "Spain",
    "Italy", "Europe", "Asia", "Gulf", "Ocean", "Sea", "Desert", "Brothers", "Sons", "Associates",
];

/// Whether a word (without its period) ends a title written before a name.
pub(super) fn is_title_head(word: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TITLE_HEADS));
    SET.contains(word)
}

/// Whether a title word is a courtesy form ("Mr.", "Dr.").
pub(super) fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word)
}

/// Whether a capitalised word marks an organisation, place or thing rather than a person.
pub(super) fn is_not_name_word(word: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_NAME_WORDS));
    SET.contains(word)
}

/// The office a title names, when it names one of the offices held one at a time. A title
/// with a modifier that makes it another office ("Lt. Gov.", "Deputy Prime Minister", "Senate
/// Majority Leader") names none of them.
pub(super) fn office_of(words: &[&str]) -> Option<Office> {
    let last = *words.last()?;
    let before = &words[..words.len() - 1];
    let modifiers_ok = |allowed: &[&str]| before.iter().all(|w| allowed.contains(w));
    match last {
        "Sen" | "Senator" if modifiers_ok(&["State", "U.S", "US"]) => Some(Office::Senator),
        "Rep" | "Representative" | "Congressman" | "Congresswoman" if modifiers_ok(&["State", "U.S", "US"]) => {
            Some(Office::Representative)
        }
        "Gov" | "Governor" if before.is_empty() => Some(Office::Governor),
        "Gov" | "Governor" if matches!(before, ["Lt" | "Lieutenant"]) => Some(Office::LieutenantGovernor),
        "General" if before == ["Attorney"] => Some(Office::AttorneyGeneral),
        "Mayor" if before.is_empty() => Some(Office::Mayor),
        "Minister" if before == ["Prime"] => Some(Office::PrimeMinister),
        "President" if before.is_empty() => Some(Office::President),
        "Chancellor" if before.is_empty() => Some(Office::Chancellor),
        "Premier" if before.is_empty() => Some(Office::Premier),
        "King" | "Queen" if before.is_empty() => Some(Office::Monarch),
        _ => rank_of(last, before),
    }
}

/// The rank a title names, read with the modifiers that keep it in its family ("Lt. Gen." is a
/// general, "Lt. Col." a colonel, "Staff Sgt." a sergeant) and none that make it another
/// office ("Attorney General", "Sgt. Maj.", "Group Captain").
fn rank_of(last: &str, before: &[&str]) -> Option<Office> {
    let modifiers_ok = |allowed: &[&str]| before.iter().all(|w| allowed.contains(w));
    let (rank, allowed): (Office, &[&str]) = match last {
        "Gen" | "General" => (Office::General, &["Lt", "Lieutenant", "Maj", "Major", "Brig", "Brigadier"]),
        "Adm" | "Admiral" => (Office::Admiral, &["Rear", "Vice", "Fleet"]),
        "Col" => (Office::Colonel, &["Lt", "Lieutenant"]),
        "Cmdr" | "Commander" => (Office::Commander, &["Lt", "Lieutenant"]),
        "Maj" => (Office::Major, &[]),
        "Capt" | "Captain" => (Office::Captain, &[]),
        "Lt" | "Lieutenant" => (Office::Lieutenant, &["First", "Second", "1st", "2nd"]),
        "Sgt" | "Sergeant" => (Office::Sergeant, &["Staff", "Master", "First", "Gunnery", "Det", "Detective"]),
        "Cpl" | "Corporal" => (Office::Corporal, &["Lance"]),
        "Pvt" | "Private" => (Office::Private, &[]),
        _ => return None,
    };
    modifiers_ok(allowed).then_some(rank)
}

/// Words right before a title that say the person does not hold it now.
pub(super) const NOT_CURRENT_BEFORE: &[&str] = &[
    "former",
    "ex",
    "then",
    "late",
    "acting",
    "future",
    "outgoing",
    "incoming",
    "elect",
    "interim",
    "onetime",
    "one-time",
    "retired",
    "would-be",
    "disgraced",
    "deposed",
    "ousted",
];
