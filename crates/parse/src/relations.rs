//! Relations: sentences of the body that say how two parties get on ("the
//! area teams are hampering CCGs", "councils and trusts work well
//! together"), for the cross-article `stance-conflict` check.
//!
//! The check is information only and a false alarm costs trust, so every
//! rule here errs towards saying nothing. A sentence yields a relation only
//! when a cue of known polarity is tied by a fixed frame to exactly two
//! parties:
//!
//! - **Parties** are organisations and groups: names the organisation
//!   extractor finds ("NHS England"), acronyms of bodies ("CCGs", "ICB"; the
//!   article's own definitions and a short list of NHS bodies), and plural
//!   group nouns ("councils", "integrated care boards", "social workers"),
//!   with modifiers and an owner before them dropped ("NHS England’s area
//!   teams" and "NHS England Area Teams" are both "area team"). The
//!   canonical name is lower case and singular, and a body with an acronym
//!   (defined in the article, or a common one such as "clinical
//!   commissioning group") is named by the acronym ("ccg"), so the same
//!   party has the same key in every article. A singular acronym before a
//!   noun is a modifier ("CCG leads" names people, not CCGs); a possessive
//!   that owns something other than a group names no party.
//! - **Cues and frames.** Mutual cues ("working together well",
//!   "cooperating", "at loggerheads") take a subject "X and Y" or a subject
//!   X and "with Y"; directed cues ("making it harder for", "hampering",
//!   "getting in the way of", "controlling towards") take a subject and an
//!   object, or the passive "Y is hampered by X"; noun cues ("good working
//!   relationship", "tensions", "close collaboration") take "between X and
//!   Y" or "X has ... with Y"; "X is broadly positive about its
//!   relationship with Y" and "relations between X and Y are strained"
//!   have frames of their own. The subject is found by walking left over
//!   auxiliaries, adverbs and negation only, and a subject after a
//!   preposition ("cuts to councils are hampering ...") or a causative
//!   verb ("helps councils and trusts work ...") is rejected, as is a
//!   participle with no auxiliary ("councils working closely with trusts
//!   have ..."). Three parties in a coordination or a list ("X, Y and Z
//!   work well together"), or a coordinated subject with another partner
//!   ("X and Y cooperated with the inquiry"), give nothing.
//! - **Negation** in the verb chain ("are not working well together",
//!   "have failed to cooperate") or before a noun cue ("little
//!   cooperation") turns a positive cue negative and cancels a negative
//!   one; "not yet", "not always" and the like cancel. A hedge in a later
//!   clause ("..., but this is not yet consistent") leaves the main clause
//!   as it is. A negator, a modal or a conditional word anywhere before the
//!   relation ("should", "if", "when", "hopes", "vital", "not true that
//!   ..."), a condition, need or change in the rest of its clause ("...
//!   when ...", "... is essential", "tensions ... have eased"), an
//!   infinitive of aim ("trying to collaborate"), a comparative ("more
//!   collaborative") and a question give nothing.
//! - **Source.** A cue inside a quotation takes the quotation's speaker
//!   (and gives nothing when the quotation has none); otherwise "according
//!   to X", a reporting verb before the relation ("a report by X claims
//!   that ...", "the survey, run by Y, showed ...") or a reporting clause
//!   after it (", leaders have claimed", ", reveals a review of ...")
//!   names the claimant as written, without a leading determiner; a
//!   pronoun claimant gives nothing. With none of these the article speaks
//!   in its own voice.
//!
//! One sentence gives at most one relation per pair of parties; cues of
//! opposite polarity for the same pair cancel each other.
//!
//! Cost: sentences longer than [`MAX_SENTENCE_BYTES`] and sentences without
//! a cue word (one Aho-Corasick pass) are skipped, so the rest of the work,
//! bounded per sentence, is linear in the text.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use crosscheck_model::{Acronym, Organisation, Quote, Relation, Role, Span, Stance};

use crate::Para;
use crate::lexicon::Lexicon;
use crate::normalize::collapse;
use crate::people::{is_acronym, tokenize};

/// Longer sentences are not read: real ones are far shorter, and the bound
/// keeps the per-sentence work constant.
const MAX_SENTENCE_BYTES: usize = 1_500;
/// Most tokens in the verb chain between a subject and its cue.
const MAX_CHAIN: usize = 8;
/// Most words of a group noun phrase, modifiers included.
const MAX_GROUP_WORDS: usize = 7;
/// Most words of a claimant.
const MAX_CLAIMANT_WORDS: usize = 12;
/// Most tokens an appositive ("the survey, run by Y, showed") may span.
const MAX_APPOSITIVE: usize = 20;

/// Words one of which every sentence with a cue holds (ASCII case
/// ignored): the gate before any sentence is tokenised.
const CUE_STEMS: &[&str] = &[
    "together",
    "collaborat",
    "cooperat",
    "co-operat",
    "co\u{2010}operat",
    "co\u{2011}operat",
    "relationship",
    "relations",
    "partnership",
    "rapport",
    "links",
    "ties",
    "harder",
    "difficult",
    "hard for",
    "tougher",
    "impossible for",
    "hamper",
    "hinder",
    "obstruct",
    "undermin",
    "imped",
    "thwart",
    "in the way",
    "controlling",
    "tension",
    "friction",
    "rift",
    "mistrust",
    "distrust",
    "animosity",
    "hostility",
    "distant",
    "aloof",
    "transactional",
    "loggerhead",
    "well with",
    "closely with",
    "effectively with",
    "constructively with",
    "successfully with",
    "productively with",
    "harmoniously with",
    "positively with",
    "fully with",
    "collaboratively",
    "hand in hand",
];

static PREFILTER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(CUE_STEMS)
        .ok()
});

// ---------------------------------------------------------------------------
// Lexicon. Words are compared in lower case, with ’ read as ' and hyphens
// dropped ("co-operate" is "cooperate").

/// Plural group nouns, their singular, and whether the noun names a party
/// on its own ("councils") or only inside a known compound ("area teams").
#[rustfmt::skip]
const HEADS: &[(&str, &str, bool)] = &[
    ("authorities", "authority", true), ("boards", "board", false), ("bodies", "body", false),
    ("charities", "charity", true), ("clinicians", "clinician", true),
    ("colleges", "college", false), ("commissioners", "commissioner", true),
    ("committees", "committee", false), ("consultants", "consultant", true),
    ("councillors", "councillor", true), ("councils", "council", true),
    ("doctors", "doctor", true), ("employers", "employer", true),
    ("federations", "federation", true), ("groups", "group", false), ("homes", "home", false),
    ("hospices", "hospice", true), ("hospitals", "hospital", true),
    ("insurers", "insurer", true), ("managers", "manager", true),
    ("ministers", "minister", true), ("networks", "network", false), ("nurses", "nurse", true),
    ("officials", "official", true), ("paramedics", "paramedic", true),
    ("partnerships", "partnership", false), ("pharmacies", "pharmacy", true),
    ("pharmacists", "pharmacist", true), ("practices", "practice", true),
    ("practitioners", "practitioner", false), ("providers", "provider", true),
    ("regulators", "regulator", true), ("services", "service", false),
    ("surgeries", "surgery", true), ("systems", "system", false), ("teams", "team", false),
    ("trusts", "trust", true), ("unions", "union", true), ("units", "unit", false),
    ("workers", "worker", false),
];

/// Group compounds, singular, that name one kind of body or group.
#[rustfmt::skip]
const COMPOUNDS: &[&str] = &[
    "area team", "regional team", "clinical commissioning group", "integrated care board",
    "integrated care system", "integrated care partnership", "primary care network",
    "primary care trust", "strategic health authority", "health authority", "local authority",
    "combined authority", "health board", "health and wellbeing board",
    "commissioning support unit", "sustainability and transformation partnership",
    "local medical committee", "ambulance service", "social service", "care home",
    "nursing home", "social worker", "care worker", "health worker", "support worker",
    "ambulance trust", "mental health trust", "royal college", "patient group",
    "general practitioner",
];

/// Common acronyms of bodies, by their long form (singular, lower case).
#[rustfmt::skip]
const BUILTIN_ACRONYMS: &[(&str, &str)] = &[
    ("clinical commissioning group", "ccg"), ("integrated care board", "icb"),
    ("integrated care system", "ics"), ("integrated care partnership", "icp"),
    ("primary care network", "pcn"), ("primary care trust", "pct"),
    ("strategic health authority", "sha"), ("commissioning support unit", "csu"),
    ("sustainability and transformation partnership", "stp"),
    ("local medical committee", "lmc"), ("health and wellbeing board", "hwb"),
    ("general practitioner", "gp"), ("care quality commission", "cqc"),
    ("british medical association", "bma"), ("royal college of nursing", "rcn"),
    ("royal college of general practitioners", "rcgp"),
    ("local government association", "lga"),
    ("department of health and social care", "dhsc"), ("nhs england", "nhse"),
    ("nhs improvement", "nhsi"), ("nhs clinical commissioners", "nhscc"),
    ("public health england", "phe"), ("health education england", "hee"),
    ("national institute for health and care excellence", "nice"),
];

/// Acronyms that name a body without any definition in the article.
const BUILTIN_BODIES: &[&str] = &["nhs"];

/// Words before a group noun that say which ones, dropped from its name.
#[rustfmt::skip]
const MODIFIERS: &[&str] = &[
    "local", "regional", "national", "neighbouring", "neighboring", "individual", "existing",
    "new", "acute", "independent", "private", "voluntary", "struggling", "large", "larger",
    "small", "smaller", "rural", "urban", "english", "welsh", "scottish", "specialist",
    "partner", "hospital", "community", "district", "county", "city", "borough", "unitary",
    "metropolitan", "teaching", "foundation", "frontline", "senior", "junior", "statutory",
    "dental", "pharmacy", "adult", "secondary", "neighbourhood", "hospice", "gp",
];

/// Determiners and quantifiers before a party; skipped in frames.
#[rustfmt::skip]
const DETS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her", "all",
    "both", "many", "most", "some", "several", "other", "each", "every", "any", "such", "few",
    "no", "certain", "various",
];

/// Determiners that deny or nearly deny ("few councils work well ...").
const NEG_QUANT: &[&str] = &["few", "no", "none", "neither", "nor", "not"];

/// Function words never read as part of a capitalised name.
#[rustfmt::skip]
const FUNCTION: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "for", "in", "on", "at", "to", "by", "with",
    "from", "as", "after", "before", "since", "while", "whilst", "although", "though", "when",
    "if", "however", "meanwhile", "yet", "so", "also", "now", "then", "this", "these", "those",
    "that", "it", "they", "we", "he", "she", "you", "i", "our", "their", "its", "his", "her",
    "there", "here", "according", "despite", "under", "over", "across", "instead", "indeed",
    "moreover", "furthermore", "still", "even", "only", "such", "each", "every", "last",
    "next", "some", "many", "most", "all", "both", "other", "is", "are", "was", "were",
    "between", "among", "against", "within", "without", "through", "into", "about",
];

/// Prepositions: a noun phrase after one is no subject.
#[rustfmt::skip]
const PREPS: &[&str] = &[
    "of", "for", "to", "in", "on", "at", "by", "with", "from", "about", "between", "among",
    "amongst", "against", "over", "under", "into", "across", "within", "without", "than",
    "like", "including", "as", "towards", "toward", "via", "per", "among", "beyond", "behind",
    "alongside", "unlike",
];

/// Verbs that make others do something: "helps X and Y work together".
#[rustfmt::skip]
const CAUSATIVES: &[&str] = &[
    "help", "helps", "helped", "helping", "enable", "enables", "enabled", "enabling", "allow",
    "allows", "allowed", "allowing", "encourage", "encourages", "encouraged", "encouraging",
    "support", "supports", "supported", "supporting", "get", "gets", "getting", "make", "makes",
    "making", "made", "let", "lets", "want", "wants", "wanted", "urge", "urges", "urged",
    "force", "forces", "forced", "require", "requires", "required", "expect", "expects",
    "expected", "see", "seeing", "watch", "imagine", "ensure", "ensures", "ensuring",
];

const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];

#[rustfmt::skip]
const AUX: &[&str] = &[
    "has", "have", "had", "having", "do", "does", "did", "become", "becomes", "became",
    "becoming", "remain", "remains", "remained", "seem", "seems", "seemed", "appear",
    "appears", "appeared", "get", "gets", "got", "getting",
];

#[rustfmt::skip]
const MODALS: &[&str] = &[
    "will", "would", "can", "could", "should", "may", "might", "must", "shall", "ought",
    "cannot", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "mightn't",
    "shan't", "need", "needs",
];

const NEGATORS: &[&str] = &[
    "not", "never", "hardly", "rarely", "seldom", "scarcely", "barely",
];

/// Words after "not" that make the negation partial: cancel rather than flip.
#[rustfmt::skip]
const HEDGES: &[&str] = &[
    "yet", "always", "fully", "entirely", "consistently", "necessarily", "quite", "all",
    "everywhere", "universally", "completely", "totally", "wholly", "uniformly",
];

/// Verbs before "to" that keep the cue asserted ("continue to cooperate").
#[rustfmt::skip]
const CONTINUE_VERBS: &[&str] = &[
    "continue", "continues", "continued", "continuing", "seem", "seems", "seemed", "appear",
    "appears", "appeared", "tend", "tends", "tended",
];

/// Verbs before "to" that deny the cue ("failed to cooperate").
#[rustfmt::skip]
const FAIL_VERBS: &[&str] = &[
    "fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing",
    "struggle", "struggles", "struggled", "struggling",
];

#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "also", "still", "now", "already", "generally", "largely", "mostly", "often", "usually",
    "increasingly", "actively", "really", "clearly", "currently", "reportedly", "allegedly",
    "apparently", "only", "even", "all", "both", "broadly", "mainly", "typically", "sometimes",
    "frequently", "locally", "nationally", "too", "overly", "very", "so", "yet", "always",
    "fully", "consistently", "simply", "just", "again", "together",
];

/// Words ending in "ly" that are not adverbs.
const NOT_ADVERBS: &[&str] = &[
    "family", "assembly", "supply", "monopoly", "italy", "july", "ally", "rally", "fly", "reply",
];

const INTENSIFIERS: &[&str] = &[
    "very",
    "really",
    "extremely",
    "particularly",
    "exceptionally",
    "remarkably",
    "reasonably",
    "fairly",
    "pretty",
    "quite",
    "so",
    "generally",
    "broadly",
    "largely",
    "mostly",
    "mainly",
    "overwhelmingly",
    "increasingly",
];

/// How well parties work together ("work together well").
#[rustfmt::skip]
const QUALITY: &[&str] = &[
    "well", "effectively", "closely", "constructively", "successfully", "productively",
    "collaboratively", "harmoniously", "cooperatively", "positively", "fully",
];

const COMPARATIVES: &[&str] = &[
    "more", "less", "better", "worse", "closer", "greater", "further", "deeper",
];

const WORK_FORMS: &[&str] = &["work", "works", "worked", "working"];

#[rustfmt::skip]
const COLLAB_VERBS: &[&str] = &[
    "collaborate", "collaborates", "collaborated", "collaborating", "cooperate", "cooperates",
    "cooperated", "cooperating",
];

const COLLAB_NOUNS: &[&str] = &["collaboration", "cooperation"];

#[rustfmt::skip]
const COLLAB_ADJ: &[&str] = &[
    "close", "good", "strong", "effective", "excellent", "real", "genuine", "successful",
    "productive", "constructive", "positive", "great", "fruitful",
];

const SCARCE: &[&str] = &["little", "no", "poor", "limited", "minimal"];

#[rustfmt::skip]
const REL_NOUNS: &[&str] = &[
    "relationship", "relationships", "relations", "partnership", "partnerships", "rapport",
    "ties", "links",
];

#[rustfmt::skip]
const REL_POSITIVE: &[&str] = &[
    "good", "strong", "positive", "constructive", "productive", "close", "excellent",
    "healthy", "effective", "collaborative", "cooperative", "successful", "solid", "great",
    "warm", "mature", "robust", "trusting", "fruitful",
];

#[rustfmt::skip]
const REL_NEGATIVE: &[&str] = &[
    "poor", "bad", "strained", "fractured", "difficult", "fraught", "tense", "troubled",
    "broken", "dysfunctional", "distant", "hostile", "toxic", "uneasy", "fragile", "frosty",
    "rocky", "damaged", "transactional", "adversarial", "controlling",
];

#[rustfmt::skip]
const FRICTION: &[&str] = &[
    "tension", "tensions", "friction", "frictions", "rift", "rifts", "mistrust", "distrust",
    "animosity", "hostility",
];

#[rustfmt::skip]
const FRICTION_ADJ: &[&str] = &[
    "growing", "increasing", "serious", "real", "significant", "considerable", "deep",
    "longstanding", "ongoing", "mounting", "renewed", "persistent",
];

const ATTITUDE_POSITIVE: &[&str] = &["positive", "happy", "satisfied", "pleased", "content"];
const ATTITUDE_NEGATIVE: &[&str] = &["negative", "unhappy", "dissatisfied"];

#[rustfmt::skip]
const HAMPER_FORMS: &[&str] = &[
    "hamper", "hampers", "hampered", "hampering", "hinder", "hinders", "hindered",
    "hindering", "obstruct", "obstructs", "obstructed", "obstructing", "undermine",
    "undermines", "undermined", "undermining", "impede", "impedes", "impeded", "impeding",
    "thwart", "thwarts", "thwarted", "thwarting",
];

const MAKE_FORMS: &[&str] = &["make", "makes", "made", "making"];
const HARDER: &[&str] = &["harder", "hard", "difficult", "tougher", "impossible"];
#[rustfmt::skip]
const WAY_VERBS: &[&str] = &[
    "get", "gets", "got", "getting", "gotten", "stand", "stands", "stood", "standing",
];
#[rustfmt::skip]
const CONTROL_NOUNS: &[&str] = &[
    "behaviour", "behavior", "approach", "attitude", "manner", "style", "culture",
];
const CONTROL_PREPS: &[&str] = &["towards", "toward", "over", "of", "with"];
const DISTANT_ADJ: &[&str] = &["distant", "aloof", "transactional"];
const DISTANT_PREPS: &[&str] = &["with", "towards", "toward"];
const WITH: &[&str] = &["with"];

#[rustfmt::skip]
const POSSESS_VERBS: &[&str] = &[
    "have", "has", "had", "having", "enjoy", "enjoys", "enjoyed", "build", "builds", "built",
    "develop", "develops", "developed", "forged", "formed", "maintain", "maintains",
    "maintained", "established", "share", "shares",
];

/// Words before a relation that make it unreal: conditions, modals, aims.
#[rustfmt::skip]
const HYPOTHETICAL: &[&str] = &[
    "if", "unless", "whether", "when", "whenever", "once", "until", "provided", "should",
    "could", "would", "might", "must", "may", "can", "will", "shall", "ought", "need", "needs",
    "needed", "hope", "hopes", "hoped", "hoping", "aim", "aims", "aimed", "aiming", "want",
    "wants", "wanted", "wish", "wishes", "expect", "expects", "expected", "urge", "urges", "urged", "encourage", "encourages", "encouraged",
    "ensure", "ensures", "ensuring", "call", "calls", "how", "why", "imagine", "ideally",
    "cannot", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "vision",
    "ambition", "goal", "intended", "intends", "try", "tries", "trying", "attempt",
    "attempts", "seek", "seeks", "seeking",
];

/// Words that make a relation a need rather than a fact: "close
/// cooperation between X and Y is vital", "it is key that ...".
#[rustfmt::skip]
const NORMATIVE: &[&str] = &[
    "important", "importance", "essential", "vital", "key", "crucial", "critical",
    "necessary", "necessity", "needed", "required", "fundamental", "paramount",
];

/// Words after a relation that say it has changed or ended: "tensions
/// between X and Y have eased", "good relations ... soured".
#[rustfmt::skip]
const CHANGES: &[&str] = &[
    "eased", "easing", "eases", "subsided", "diminished", "faded", "resolved", "abated",
    "reduced", "fallen", "fell", "dissipated", "disappeared", "ended", "thawed", "improved",
    "improving", "collapsed", "deteriorated", "soured", "worsened", "declined", "weakened",
    "strengthened", "grown", "grew", "lessened", "cooled", "changed", "shifted", "gone",
];

/// Words before a relation that deny or dispute it.
#[rustfmt::skip]
const DENIALS: &[&str] = &[
    "not", "never", "no", "nor", "neither", "deny", "denies", "denied", "denying", "dispute",
    "disputes", "disputed", "reject", "rejects", "rejected", "doubt", "doubts", "doubted",
    "untrue", "false", "myth",
];

/// Words right after a relation that make it conditional.
const CONDITIONS_AFTER: &[&str] = &[
    "if", "when", "whenever", "unless", "provided", "once", "until",
];

/// Verbs that report a claim.
#[rustfmt::skip]
const CLAIM_VERBS: &[&str] = &[
    "said", "say", "says", "claim", "claims", "claimed", "argue", "argues", "argued", "believe",
    "believes", "believed", "find", "finds", "found", "show", "shows", "showed", "suggest",
    "suggests", "suggested", "reveal", "reveals", "revealed", "reported", "warn", "warns",
    "warned", "insist", "insists", "insisted", "conclude", "concludes", "concluded", "state",
    "states", "stated", "maintain", "maintains", "maintained", "contend", "contends",
    "contended", "allege", "alleges", "alleged", "assert", "asserts", "asserted", "admit",
    "admits", "admitted", "concede", "concedes", "conceded", "acknowledge", "acknowledges",
    "acknowledged", "note", "notes", "noted", "add", "adds", "added", "told", "tells", "wrote",
    "writes", "feel", "feels", "felt", "think", "thinks", "thought", "complain", "complains",
    "complained", "indicate", "indicates", "indicated", "highlight", "highlights",
    "highlighted", "reckon", "reckons",
];

/// Reporting verbs that may come before their subject (", says X").
#[rustfmt::skip]
const INVERTED_VERBS: &[&str] = &[
    "said", "says", "claims", "claimed", "reveals", "revealed", "shows", "showed", "suggests",
    "suggested", "finds", "found", "reports", "reported", "concludes", "concluded", "warns",
    "warned", "adds", "added", "argues", "argued", "insists", "insisted",
];

/// Words that end a claimant leftwards.
#[rustfmt::skip]
const CLAIMANT_STOPS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "and", "but", "or", "however", "meanwhile", "yet",
    "so", "because", "while", "whilst", "although", "though", "when", "if", "also",
    "moreover", "furthermore", "indeed", "then", "where", "whereas", "since", "now", "thus",
    "therefore",
];

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "who", "which",
    "there", "one",
];

const ARTICLES: &[&str] = &["the", "a", "an", "this", "these", "those", "that"];

fn in_list(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| same_word(w, word))
}

/// `a == b`, with the length and the first byte ruling out most pairs
/// before a call to memcmp.
fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

fn is_adverb(word: &str) -> bool {
    in_list(word, ADVERBS)
        || (word.len() >= 5 && word.ends_with("ly") && !in_list(word, NOT_ADVERBS))
}

/// `word` in lower case, with ’ read as ' and hyphens dropped.
fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word
            .bytes()
            .filter(|&b| b != b'-')
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    word.chars()
        .filter(|c| !matches!(c, '-' | '\u{2010}' | '\u{2011}'))
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// [`fold`], borrowing `word` when folding would not change it (plain
/// lower-case ASCII without hyphens, as most words are).
fn fold_borrowed(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'-')
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold(word))
    }
}

/// The singular of a plural group noun, and whether it stands alone.
fn head(word: &str) -> Option<(&'static str, bool)> {
    // Most words are no plural: the lexicon says so in a few instructions.
    static PLURALS: LazyLock<Lexicon> =
        LazyLock::new(|| Lexicon::new(HEADS.iter().map(|(plural, _, _)| plural)));
    if !PLURALS.contains(word) {
        return None;
    }
    HEADS
        .iter()
        .find(|(plural, _, _)| same_word(plural, word))
        .map(|&(_, singular, alone)| (singular, alone))
}

/// The compounds, each with its words.
static COMPOUND_PARTS: LazyLock<Vec<(&str, Vec<&str>)>> = LazyLock::new(|| {
    COMPOUNDS
        .iter()
        .map(|c| (*c, c.split(' ').collect()))
        .collect()
});

/// The compounds spelled with "and" ("health and wellbeing board"), which
/// a group can start with.
static AND_COMPOUNDS: LazyLock<Vec<(&str, Vec<&str>)>> = LazyLock::new(|| {
    COMPOUND_PARTS
        .iter()
        .filter(|(_, parts)| parts.contains(&"and"))
        .cloned()
        .collect()
});

/// The words of the compounds but "and".
static COMPOUND_WORDS: LazyLock<Lexicon> = LazyLock::new(|| {
    let words: Vec<&'static str> = COMPOUNDS
        .iter()
        .flat_map(|c| c.split(' '))
        .filter(|w| *w != "and")
        .collect();
    Lexicon::new(&words)
});

/// Whether `word` is a word of a known compound ("clinical", "area").
fn compound_word(word: &str) -> bool {
    COMPOUND_WORDS.contains(word)
}

/// An acronym as a key: lower case, without a plural `s` ("CCGs" → "ccg").
fn short_key(short: &str) -> String {
    let core = match short.strip_suffix('s') {
        Some(core) if core.chars().count() >= 2 => core,
        _ => short,
    };
    fold(core)
}

// ---------------------------------------------------------------------------
// Names

/// Canonical names: the article's acronyms, its organisations, and the
/// built-in acronyms.
#[derive(Debug, Default)]
struct Names {
    /// Long form (lower case, and singular for a group) → acronym key.
    long_to_short: BTreeMap<String, String>,
    /// Acronym keys that name a body.
    bodies: BTreeSet<String>,
    /// Canonical name of each organisation, by index.
    orgs: Vec<String>,
}

impl Names {
    fn new(acronyms: &[Acronym], orgs: &[Organisation]) -> Names {
        let mut names = Names::default();
        for &(_, short) in BUILTIN_ACRONYMS {
            crate::work::tick(1);
            names.bodies.insert(short.to_owned());
        }
        for body in BUILTIN_BODIES {
            crate::work::tick(1);
            names.bodies.insert((*body).to_owned());
        }
        let org_shorts: BTreeSet<&str> = orgs.iter().filter_map(|o| o.acronym.as_deref()).collect();
        for acr in acronyms {
            crate::work::tick(1);
            let short = short_key(&acr.short);
            if short.is_empty() {
                continue;
            }
            let words: Vec<String> = acr.long.split_whitespace().map(fold).collect();
            let whole = words.join(" ");
            let whole = whole.strip_prefix("the ").unwrap_or(&whole).to_owned();
            let group = group_name(&words);
            let body = group.is_some()
                || org_shorts.contains(acr.short.as_str())
                || names.bodies.contains(&short);
            if let Some((group, _)) = group {
                names
                    .long_to_short
                    .entry(group)
                    .or_insert_with(|| short.clone());
            }
            names
                .long_to_short
                .entry(whole)
                .or_insert_with(|| short.clone());
            if body {
                names.bodies.insert(short);
            }
        }
        for org in orgs {
            crate::work::tick(1);
            let name = match org.acronym.as_deref() {
                Some(short) => short_key(short),
                None => {
                    let name = fold(&collapse(&org.name));
                    let name = name.strip_prefix("the ").unwrap_or(&name).to_owned();
                    names.resolve(&name)
                }
            };
            names.bodies.insert(name.clone());
            names.orgs.push(name);
        }
        names
    }

    /// The acronym key for a long form, or the long form itself.
    fn resolve(&self, key: &str) -> String {
        if let Some(short) = self.long_to_short.get(key) {
            return short.clone();
        }
        BUILTIN_ACRONYMS
            .iter()
            .find(|(long, _)| *long == key)
            .map_or_else(|| key.to_owned(), |(_, short)| (*short).to_owned())
    }
}

/// The group a run of folded words ends in: the longest known compound
/// ending in its last word (a plural head), else the head alone when it
/// stands alone. Also says how many words the compound takes.
fn group_name(words: &[String]) -> Option<(String, usize)> {
    let last = words.last()?;
    let (singular, alone) = head(last)?;
    let mut best: Option<(&str, usize)> = None;
    for (compound, parts) in COMPOUND_PARTS.iter() {
        crate::work::tick(1);
        let n = parts.len();
        if n > words.len() || parts.last() != Some(&singular) {
            continue;
        }
        let tail = words.get(words.len() - n..words.len() - 1).unwrap_or(&[]);
        let matches = tail.iter().zip(parts.iter()).all(|(w, p)| w == p);
        if matches && best.is_none_or(|(_, m)| n > m) {
            best = Some((compound, n));
        }
    }
    match best {
        Some((compound, n)) => Some((compound.to_owned(), n)),
        None if alone => Some((singular.to_owned(), 1)),
        None => None,
    }
}

// ---------------------------------------------------------------------------
// Entry point

/// Context shared by the sentences of one article.
struct Context<'q> {
    names: Names,
    /// Organisation mentions: absolute start, end, organisation index.
    mentions: Vec<(usize, usize, usize)>,
    /// Quotations, by start.
    quotes: Vec<&'q Quote>,
}

/// Relations stated in the body lines (`Role::Body`), in text order.
///
/// `quotes` and `acronyms` are the article's quotations and acronym
/// definitions: a cue inside a quotation takes its speaker, and a body's
/// acronym names it. `orgs` gives the organisations of the body lines
/// ([`crate::organisations::organisations`] of them), asked for only when
/// some sentence holds a cue.
pub(crate) fn relations(
    paras: &[Para<'_>],
    quotes: &[Quote],
    acronyms: &[Acronym],
    orgs: impl FnOnce() -> Vec<Organisation>,
) -> Vec<Relation> {
    let Some(prefilter) = PREFILTER.as_ref() else {
        return Vec::new();
    };
    let body: Vec<Para<'_>> = paras
        .iter()
        .copied()
        .filter(|para| para.role == Role::Body)
        .collect();
    let mut todo: Vec<(usize, Range<usize>)> = Vec::new();
    for (idx, para) in body.iter().enumerate() {
        crate::work::tick(1);
        for range in para.sentences().iter().cloned() {
            crate::work::tick(1);
            let hit = para
                .text
                .get(range.clone())
                .is_some_and(|s| s.len() <= MAX_SENTENCE_BYTES && prefilter.is_match(s));
            if hit {
                todo.push((idx, range));
            }
        }
    }
    if todo.is_empty() {
        return Vec::new();
    }

    let orgs = orgs();
    let names = Names::new(acronyms, &orgs);
    let mut mentions: Vec<(usize, usize, usize)> = orgs
        .iter()
        .enumerate()
        .flat_map(|(idx, org)| {
            org.mentions
                .iter()
                .map(move |m| (m.span.start as usize, m.span.end as usize, idx))
        })
        .collect();
    mentions.sort_unstable();
    let mut by_start: Vec<&Quote> = quotes.iter().collect();
    by_start.sort_by_key(|q| (q.span.start, q.span.end));
    let ctx = Context {
        names,
        mentions,
        quotes: by_start,
    };

    let mut out = Vec::new();
    for (idx, range) in todo {
        crate::work::tick(1);
        if let Some(para) = body.get(idx) {
            Sentence::new(&ctx, para, range).relations(&mut out);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// One sentence

/// A token of the sentence being read (quotation marks left out).
#[derive(Debug)]
struct Word<'t> {
    /// As written.
    text: &'t str,
    /// Byte range in the paragraph text.
    start: usize,
    end: usize,
    /// Folded: lower case, ’ as ', no hyphens.
    low: Cow<'t, str>,
    /// A word rather than punctuation.
    word: bool,
    /// Ends in a possessive ("council’s", "CCGs’").
    poss: bool,
    /// Starts with a capital.
    cap: bool,
    /// Index in `Context::mentions` of the organisation mention it is in.
    org: Option<usize>,
    /// The singular, when a plural group noun (see [`head`]).
    head: Option<(&'static str, bool)>,
    /// May stand before a group noun (see [`Sentence::modifier`]).
    modifier: bool,
}

/// A party named in the sentence: tokens `start..end`.
#[derive(Debug)]
struct Party {
    start: usize,
    end: usize,
    name: String,
    /// Owns something ("NHS England’s national team"): no party on its own.
    poss: bool,
}

/// What frame a cue takes its parties from.
#[derive(Clone, Copy, Debug)]
enum Kind {
    /// "X and Y cooperate", or "X cooperates with Y".
    Mutual,
    /// "X works closely with Y": the second party after one of these words.
    With(&'static [&'static str]),
    /// "X hampers Y" (or "X is controlling towards Y" with `preps`), and
    /// the passive "Y is hampered by X" when `passive`.
    Directed {
        preps: &'static [&'static str],
        passive: bool,
    },
    /// "tensions between X and Y", "X has a good relationship with Y".
    Noun,
    /// "X is positive about its relationship with Y".
    Attitude,
}

/// Stance words at tokens `start..end`.
#[derive(Clone, Copy, Debug)]
struct Cue {
    start: usize,
    end: usize,
    stance: Stance,
    kind: Kind,
    /// Negated inside the cue ("little cooperation").
    negated: bool,
}

/// The subject found left of a cue.
#[derive(Debug)]
struct Subject {
    /// One party, or two coordinated ones.
    parties: Vec<usize>,
    /// The leftmost negator in the verb chain, when the chain negates.
    neg: Option<usize>,
    /// The chain holds a form of "be" (for the passive).
    be: bool,
}

/// A relation found in the sentence, before filtering.
#[derive(Debug)]
struct Found {
    parties: (usize, usize),
    stance: Stance,
    /// The stance words, negation included.
    cue: Range<usize>,
    /// From the first to the last word of the relation.
    rel: Range<usize>,
}

/// Where a claim comes from.
enum Claimant {
    Named(String),
    /// A pronoun or a relative: someone the sentence does not name.
    Unnamed,
}

struct Sentence<'c, 'q, 't> {
    ctx: &'c Context<'q>,
    para: &'c Para<'t>,
    range: Range<usize>,
    ws: Vec<Word<'t>>,
    parties: Vec<Party>,
    /// Party ending just before token `i` (index `i`), by index.
    end_at: Vec<Option<usize>>,
    /// Party starting at token `i`, by index.
    start_at: Vec<Option<usize>>,
}

/// Whether word `w`, token `i` of its sentence, may stand before a group
/// noun as a modifier or owner ("local", "NHS England’s", "the council’s",
/// "GP").
fn modifier(w: &Word<'_>, i: usize) -> bool {
    if w.poss || w.org.is_some() || is_acronym(w.text) {
        return true;
    }
    static MODIFIER_WORDS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(MODIFIERS));
    static FUNCTION_WORDS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(FUNCTION));
    if MODIFIER_WORDS.contains(&w.low) || compound_word(&w.low) {
        return true;
    }
    // A capitalised word inside the sentence ("Leeds", "Area"), not at its
    // start, where every word is capitalised.
    w.cap && i > 0 && !FUNCTION_WORDS.contains(&w.low) && w.head.is_none()
}

fn is_quote_mark(text: &str) -> bool {
    matches!(
        text,
        "“" | "”" | "‘" | "’" | "\"" | "'" | "«" | "»" | "„" | "‚" | "‹" | "›"
    )
}

impl<'c, 'q, 't> Sentence<'c, 'q, 't> {
    fn new(ctx: &'c Context<'q>, para: &'c Para<'t>, range: Range<usize>) -> Self {
        let base = para.start as usize;
        let toks = tokenize(para.text, range.clone());
        let mut ws: Vec<Word<'t>> = Vec::with_capacity(toks.len());
        let mut mention = ctx
            .mentions
            .partition_point(|&(_, end, _)| end <= base + range.start);
        for tok in toks {
            crate::work::tick(1);
            if !tok.word && is_quote_mark(tok.text) {
                // "CCGs’ budgets": a plural possessive.
                if let Some(prev) = ws.last_mut() {
                    let glued = prev.end == tok.start;
                    let next_plain = para
                        .text
                        .get(tok.end..)
                        .and_then(|rest| rest.chars().next())
                        .is_none_or(|c| !c.is_alphanumeric());
                    if prev.word
                        && glued
                        && next_plain
                        && matches!(tok.text, "’" | "'")
                        && prev.text.ends_with('s')
                    {
                        prev.poss = true;
                    }
                }
                continue;
            }
            let abs = base + tok.start;
            while ctx
                .mentions
                .get(mention)
                .is_some_and(|&(_, end, _)| end <= abs)
            {
                crate::work::tick(1);
                mention += 1;
            }
            let org = ctx
                .mentions
                .get(mention)
                .is_some_and(|&(start, end, _)| start <= abs && abs < end)
                .then_some(mention);
            let low = fold_borrowed(tok.text);
            let poss = tok.word && (low.ends_with("'s") && low.len() > 2);
            let low = match low {
                _ if !poss => low,
                Cow::Borrowed(low) => Cow::Borrowed(low.get(..low.len() - 2).unwrap_or("")),
                Cow::Owned(low) => Cow::Owned(low.get(..low.len() - 2).unwrap_or("").to_owned()),
            };
            ws.push(Word {
                text: tok.text,
                start: tok.start,
                end: tok.end,
                low,
                word: tok.word,
                poss,
                cap: tok.text.starts_with(char::is_uppercase),
                org,
                head: None,
                modifier: false,
            });
        }
        for (i, w) in ws.iter_mut().enumerate() {
            crate::work::tick(1);
            if w.word {
                w.head = head(&w.low);
                w.modifier = modifier(w, i);
            }
        }
        let mut sentence = Sentence {
            ctx,
            para,
            range,
            ws,
            parties: Vec::new(),
            end_at: Vec::new(),
            start_at: Vec::new(),
        };
        sentence.find_parties();
        sentence
    }

    // -- word access --------------------------------------------------------

    /// The folded word at `i`, or `None` for punctuation or past the end.
    fn low(&self, i: usize) -> Option<&str> {
        self.ws.get(i).filter(|w| w.word).map(|w| w.low.as_ref())
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.low(i) == Some(word)
    }

    fn is_in(&self, i: usize, list: &[&str]) -> bool {
        self.low(i).is_some_and(|w| in_list(w, list))
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.ws.get(i).is_some_and(|w| !w.word && w.text == p)
    }

    /// The text of tokens `range`, as written, whitespace collapsed.
    fn text_of(&self, range: Range<usize>) -> Option<String> {
        let first = self.ws.get(range.start)?;
        let last = self.ws.get(range.end.checked_sub(1)?)?;
        self.para.text.get(first.start..last.end).map(collapse)
    }

    // -- parties -----------------------------------------------------------

    /// Whether token `i` may stand before a group noun.
    fn modifier(&self, i: usize) -> bool {
        self.ws.get(i).is_some_and(|w| w.modifier)
    }

    /// The singular of the plural group noun at token `i`.
    fn head_at(&self, i: usize) -> Option<(&'static str, bool)> {
        self.ws.get(i).and_then(|w| w.head)
    }

    /// A group noun phrase starting at token `i`: its end and name.
    fn group_at(&self, i: usize) -> Option<(usize, String)> {
        // A compound spelled out from here ("health and wellbeing boards").
        let mut best: Option<(usize, &str)> = None;
        for (compound, parts) in AND_COMPOUNDS.iter() {
            crate::work::tick(1);
            let n = parts.len();
            if !self.is(i, parts.first().unwrap_or(&"")) {
                continue;
            }
            let head_ok = self
                .head_at(i + n - 1)
                .is_some_and(|(s, _)| Some(&s) == parts.last());
            let body_ok = parts
                .iter()
                .take(n - 1)
                .enumerate()
                .all(|(k, p)| self.is(i + k, p));
            if head_ok && body_ok && best.is_none_or(|(end, _)| i + n > end) {
                best = Some((i + n, compound));
            }
        }
        if let Some((end, compound)) = best {
            return Some((end, self.ctx.names.resolve(compound)));
        }
        // Modifiers, then a plural head.
        let mut k = i;
        while k < i + MAX_GROUP_WORDS {
            crate::work::tick(1);
            self.low(k)?;
            // A plural possessive owns the group after it ("trusts’ nurses")
            // or is a party that owns something else ("trusts’ budgets").
            let owner = self.ws.get(k).is_some_and(|w| w.poss) && self.group_follows(k + 1);
            if self.head_at(k).is_some() && !owner {
                let words: Vec<String> = (i..=k)
                    .filter_map(|j| self.low(j).map(str::to_owned))
                    .collect();
                let (name, n) = group_name(&words)?;
                // A standalone head inside an organisation's name is part
                // of the name ("NHS Providers").
                let org_head = self.ws.get(k).and_then(|w| w.org);
                if org_head.is_some() && n == 1 {
                    return None;
                }
                return Some((k + 1, self.ctx.names.resolve(&name)));
            }
            if !self.modifier(k) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Whether a plural group noun is reached from token `k` over modifiers
    /// (and no possessive).
    fn group_follows(&self, k: usize) -> bool {
        (k..k + MAX_GROUP_WORDS)
            .take_while(|&j| self.low(j).is_some())
            .find(|&j| !self.modifier(j) || self.head_at(j).is_some())
            .is_some_and(|j| self.head_at(j).is_some() && !self.ws.get(j).is_some_and(|w| w.poss))
    }

    /// An acronym at token `i` that names a body, with its key.
    fn acronym_at(&self, i: usize) -> Option<String> {
        let w = self.ws.get(i).filter(|w| w.word)?;
        let bare = strip_poss(w.text);
        if !is_acronym(bare) {
            return None;
        }
        let key = short_key(bare);
        if !self.ctx.names.bodies.contains(&key) {
            return None;
        }
        let singular = !bare.ends_with('s');
        if singular && !w.poss {
            // "CCG leads", "NHS budgets": a modifier of the next noun.
            if let Some(next) = self.low(i + 1) {
                let verbish = is_adverb(next)
                    || next.ends_with("ed")
                    || in_list(next, FOLLOWERS)
                    || in_list(next, BE)
                    || in_list(next, AUX)
                    || in_list(next, MODALS)
                    || in_list(next, WORK_FORMS)
                    || in_list(next, COLLAB_VERBS)
                    || in_list(next, HAMPER_FORMS)
                    || in_list(next, CLAIM_VERBS);
                if !verbish {
                    return None;
                }
            }
        }
        Some(key)
    }

    /// Find the parties of the sentence, left to right, without overlap.
    fn find_parties(&mut self) {
        let n = self.ws.len();
        let mut parties = Vec::new();
        let mut i = 0;
        while i < n {
            crate::work::tick(1);
            let Some(w) = self.ws.get(i).filter(|w| w.word) else {
                i += 1;
                continue;
            };
            if in_list(&w.low, DETS) && !w.cap {
                i += 1;
                continue;
            }
            let mut found: Option<(usize, String)> = self.group_at(i);
            if found.is_none() {
                if let Some(m) = w.org {
                    let mut end = i + 1;
                    while self.ws.get(end).is_some_and(|x| x.org == Some(m)) {
                        crate::work::tick(1);
                        end += 1;
                    }
                    let org_idx = self.ctx.mentions.get(m).map(|&(_, _, o)| o);
                    if let Some(name) = org_idx.and_then(|o| self.ctx.names.orgs.get(o)) {
                        found = Some((end, name.clone()));
                    }
                } else if let Some(key) = self.acronym_at(i) {
                    found = Some((i + 1, key));
                }
            }
            let Some((mut end, name)) = found else {
                i += 1;
                continue;
            };
            let poss = end
                .checked_sub(1)
                .and_then(|last| self.ws.get(last))
                .is_some_and(|w| w.poss);
            // "clinical commissioning groups (CCGs)": the definition goes with it.
            if !poss
                && self.punct(end, "(")
                && self
                    .ws
                    .get(end + 1)
                    .is_some_and(|w| w.word && is_acronym(w.text))
                && self.punct(end + 2, ")")
            {
                end += 3;
            }
            parties.push(Party {
                start: i,
                end,
                name,
                poss,
            });
            i = end;
        }
        let mut end_at = vec![None; n + 1];
        let mut start_at = vec![None; n + 1];
        for (idx, party) in parties.iter().enumerate() {
            crate::work::tick(1);
            if let Some(slot) = end_at.get_mut(party.end) {
                *slot = Some(idx);
            }
            if let Some(slot) = start_at.get_mut(party.start) {
                *slot = Some(idx);
            }
        }
        self.parties = parties;
        self.end_at = end_at;
        self.start_at = start_at;
    }

    fn party(&self, idx: usize) -> Option<&Party> {
        self.parties.get(idx)
    }

    /// The party ending just before token `k`.
    fn party_ending(&self, k: usize) -> Option<usize> {
        self.end_at.get(k).copied().flatten()
    }

    /// The party starting at token `k`, determiners skipped, and not
    /// possessive.
    fn party_from(&self, mut k: usize) -> Option<usize> {
        let mut steps = 0;
        while self.is_in(k, DETS) && steps < 3 {
            crate::work::tick(1);
            if self.is_in(k, NEG_QUANT) {
                return None;
            }
            k += 1;
            steps += 1;
        }
        let idx = self.start_at.get(k).copied().flatten()?;
        (!self.party(idx)?.poss).then_some(idx)
    }

    /// A single party starting at token `k` (determiners skipped): not one
    /// of a list ("X and Y", "X, Y and Z").
    fn single_party_from(&self, k: usize) -> Option<usize> {
        let idx = self.party_from(k)?;
        let end = self.party(idx)?.end;
        if self.is_in(end, &["and", "or", "&"]) && self.party_from(end + 1).is_some() {
            return None;
        }
        // "X, Y and Z" is a list; "X, officials said" is not.
        if self.punct(end, ",") {
            let next_end = self
                .party_from(end + 1)
                .and_then(|next| self.party(next))
                .map(|next| next.end);
            if let Some(next_end) = next_end {
                let goes_on =
                    self.is_in(next_end, &["and", "or", "&"]) || self.punct(next_end, ",");
                if goes_on && self.party_from(next_end + 1).is_some() {
                    return None;
                }
            }
        }
        Some(idx)
    }

    /// The token before a party starting at `start`, determiners skipped;
    /// `Err` when a denying quantifier is among them ("few councils").
    fn before(&self, start: usize) -> Result<Option<usize>, ()> {
        let mut k = start;
        let mut steps = 0;
        while let Some(prev) = k.checked_sub(1) {
            crate::work::tick(1);
            if steps >= 3 || !self.is_in(prev, DETS) {
                break;
            }
            if self.is_in(prev, NEG_QUANT) {
                return Err(());
            }
            k = prev;
            steps += 1;
        }
        let prev = k.checked_sub(1);
        if prev.is_some_and(|p| self.is_in(p, NEG_QUANT)) {
            return Err(());
        }
        Ok(prev)
    }

    // -- frames ------------------------------------------------------------

    /// The subject of a cue starting at token `cue_start`: walks left over
    /// the verb chain, then takes the party (or two coordinated parties)
    /// ending there. `None` when there is none, or the chain holds a modal
    /// or an aim.
    fn subject(&self, cue_start: usize) -> Option<Subject> {
        let mut k = cue_start;
        let mut neg: Option<usize> = None;
        let mut be = false;
        let mut steps = 0;
        while let Some(prev) = k.checked_sub(1) {
            crate::work::tick(1);
            if steps >= MAX_CHAIN {
                break;
            }
            steps += 1;
            let Some(w) = self.low(prev) else { break };
            if in_list(w, MODALS) {
                return None;
            }
            if w.ends_with("n't") {
                neg = if neg.is_some() { None } else { Some(prev) };
                be |= w.starts_with("is")
                    || w.starts_with("are")
                    || w.starts_with("was")
                    || w.starts_with("were");
                k = prev;
                continue;
            }
            if in_list(w, NEGATORS) {
                neg = if neg.is_some() { None } else { Some(prev) };
                k = prev;
                continue;
            }
            if w == "longer" && prev >= 1 && self.is(prev - 1, "no") {
                neg = if neg.is_some() { None } else { Some(prev - 1) };
                k = prev - 1;
                continue;
            }
            if in_list(w, BE) {
                be = true;
                k = prev;
                continue;
            }
            if in_list(w, AUX) {
                k = prev;
                continue;
            }
            if w == "to" {
                let verb = prev.checked_sub(1)?;
                let v = self.low(verb)?;
                if in_list(v, CONTINUE_VERBS) {
                    k = verb;
                    continue;
                }
                if in_list(v, FAIL_VERBS) {
                    neg = if neg.is_some() { None } else { Some(verb) };
                    k = verb;
                    continue;
                }
                return None;
            }
            if is_adverb(w) {
                k = prev;
                continue;
            }
            break;
        }
        // "councils working closely with trusts (have ...)": a participle
        // with no auxiliary modifies its noun rather than stating anything.
        if k == cue_start && self.low(cue_start).is_some_and(|w| w.ends_with("ing")) {
            return None;
        }
        // "not yet", "not always": partial, so no stance.
        if let Some(n) = neg
            && self.is_in(n + 1, HEDGES)
        {
            return None;
        }
        let last = self.party_ending(k)?;
        let last_party = self.party(last)?;
        if last_party.poss {
            return None;
        }
        let mut parties = vec![last];
        let before = self.before(last_party.start).ok()?;
        if let Some(b) = before {
            let joined = self.is_in(b, &["and", "&"]);
            if joined && let Some(first) = self.party_ending(b) {
                let first_party = self.party(first)?;
                if first_party.poss {
                    return None;
                }
                // A third party: "X, Y and Z".
                let before_first = self.before(first_party.start).ok()?;
                if let Some(bf) = before_first {
                    let listed = (self.punct(bf, ",") || self.is_in(bf, &["and", "&"]))
                        && self.party_ending(bf).is_some();
                    if listed || !self.subject_boundary(bf) {
                        return None;
                    }
                }
                parties.insert(0, first);
                return Some(Subject { parties, neg, be });
            }
            if self.punct(b, ",") && self.party_ending(b).is_some() {
                return None;
            }
            if !joined && !self.subject_boundary(b) {
                return None;
            }
        }
        Some(Subject { parties, neg, be })
    }

    /// Whether token `b` may stand just before a subject: not a
    /// preposition, a causative verb or "between".
    fn subject_boundary(&self, b: usize) -> bool {
        match self.low(b) {
            Some(w) => !in_list(w, PREPS) && !in_list(w, CAUSATIVES),
            None => true,
        }
    }

    /// The party after one of `preps` at token `k`, adverbs skipped.
    fn with_after(&self, k: usize, preps: &[&str]) -> Option<usize> {
        let prep = self.prep_after(k, preps)?;
        self.single_party_from(prep + 1)
    }

    /// One of `preps` at token `k`, adverbs skipped.
    fn prep_after(&self, mut k: usize, preps: &[&str]) -> Option<usize> {
        let mut steps = 0;
        while steps < 3
            && self
                .low(k)
                .is_some_and(|w| is_adverb(w) || in_list(w, QUALITY))
        {
            crate::work::tick(1);
            k += 1;
            steps += 1;
        }
        self.is_in(k, preps).then_some(k)
    }

    /// Two coordinated subjects and the partner after "with": the pair,
    /// or the subject and the partner. "X and Y cooperate with the
    /// inquiry" relates neither to the other.
    fn mutual_pair(&self, subjects: &[usize], cue_end: usize) -> Option<(usize, usize)> {
        match subjects {
            [a] => Some((*a, self.with_after(cue_end, WITH)?)),
            [a, b] => {
                let partner = self.prep_after(cue_end, WITH).filter(|&p| {
                    let each_other = self.is(p + 1, "each") && self.is(p + 2, "other");
                    let one_another = self.is(p + 1, "one") && self.is(p + 2, "another");
                    !each_other && !one_another
                });
                partner.is_none().then_some((*a, *b))
            }
            _ => None,
        }
    }

    /// "between X and Y" at token `k`: the two parties.
    fn between(&self, k: usize) -> Option<(usize, usize)> {
        if !self.is(k, "between") {
            return None;
        }
        let first = self.party_from(k + 1)?;
        let end = self.party(first)?.end;
        if !self.is_in(end, &["and", "&"]) {
            return None;
        }
        let second = self.single_party_from(end + 1)?;
        Some((first, second))
    }

    /// The relation a cue states, from its frame.
    fn frame(&self, cue: Cue) -> Option<Found> {
        let pair = |a: usize, b: usize, neg: Option<usize>, rel_start: usize| {
            self.found(cue, a, b, neg, rel_start)
        };
        match cue.kind {
            Kind::Mutual => {
                let subject = self.subject(cue.start)?;
                let (a, b) = self.mutual_pair(&subject.parties, cue.end)?;
                let start = self.party(a)?.start;
                pair(a, b, subject.neg, start)
            }
            Kind::With(preps) => self.subject_with(cue, preps),
            Kind::Attitude => self.subject_with(cue, WITH),
            Kind::Directed { preps, passive } => {
                let subject = self.subject(cue.start)?;
                let [a] = subject.parties.as_slice() else {
                    return None;
                };
                let start = self.party(*a)?.start;
                if passive && subject.be {
                    // "Y are hampered by X"
                    if !self.is(cue.end, "by") {
                        return None;
                    }
                    let agent = self.single_party_from(cue.end + 1)?;
                    return pair(agent, *a, subject.neg, start);
                }
                let object = if preps.is_empty() {
                    self.single_party_from(cue.end)?
                } else if self.is_in(cue.end, preps) {
                    self.single_party_from(cue.end + 1)?
                } else {
                    return None;
                };
                pair(*a, object, subject.neg, start)
            }
            Kind::Noun => {
                if let Some((a, b)) = self.between(cue.end) {
                    return pair(a, b, None, cue.start);
                }
                // "X has (a) good relationship with Y", "X and Y have ...".
                let mut k = cue.start;
                let mut steps = 0;
                while steps < 2
                    && k.checked_sub(1)
                        .is_some_and(|p| self.is_in(p, &["a", "an", "some", "the", "such"]))
                {
                    crate::work::tick(1);
                    k -= 1;
                    steps += 1;
                }
                let verb = k.checked_sub(1)?;
                if !self.is_in(verb, POSSESS_VERBS) {
                    return None;
                }
                let subject = self.subject(verb)?;
                let (a, b) = self.mutual_pair(&subject.parties, cue.end)?;
                let start = self.party(a)?.start;
                pair(a, b, subject.neg, start)
            }
        }
    }

    /// One subject party, and a second after one of `preps`.
    fn subject_with(&self, cue: Cue, preps: &[&str]) -> Option<Found> {
        let subject = self.subject(cue.start)?;
        let [a] = subject.parties.as_slice() else {
            return None;
        };
        let b = self.with_after(cue.end, preps)?;
        self.found(cue, *a, b, subject.neg, self.party(*a)?.start)
    }

    /// A relation between parties `a` and `b` stated by `cue`, negated by
    /// the chain negator `neg`, from token `rel_start` on.
    fn found(
        &self,
        cue: Cue,
        a: usize,
        b: usize,
        neg: Option<usize>,
        rel_start: usize,
    ) -> Option<Found> {
        let negated = cue.negated != neg.is_some();
        let stance = match (cue.stance, negated) {
            (stance, false) => stance,
            (Stance::Positive, true) => Stance::Negative,
            (Stance::Negative, true) => return None,
        };
        let cue_start = neg.map_or(cue.start, |n| n.min(cue.start));
        let pa = self.party(a)?;
        let pb = self.party(b)?;
        let rel_end = cue.end.max(pa.end).max(pb.end);
        Some(Found {
            parties: (a, b),
            stance,
            cue: cue_start..cue.end,
            rel: rel_start.min(pa.start).min(pb.start).min(cue_start)..rel_end,
        })
    }

    // -- cues --------------------------------------------------------------

    /// A cue starting (or, for nouns, ending) at token `i`.
    fn cue_at(&self, i: usize) -> Option<Cue> {
        // The words a cue can start with, every list below at once: most
        // words start none.
        static CUE_STARTS: LazyLock<Lexicon> = LazyLock::new(|| {
            Lexicon::new(
                [
                    WORK_FORMS,
                    COLLAB_VERBS,
                    COLLAB_NOUNS,
                    REL_NOUNS,
                    FRICTION,
                    ATTITUDE_POSITIVE,
                    ATTITUDE_NEGATIVE,
                    MAKE_FORMS,
                    HAMPER_FORMS,
                    WAY_VERBS,
                    &["controlling"],
                    DISTANT_ADJ,
                    &["at"],
                ]
                .into_iter()
                .flatten(),
            )
        });
        let w = self.low(i)?;
        if !CUE_STARTS.contains(w) {
            return None;
        }
        if in_list(w, WORK_FORMS) {
            return self.work_cue(i);
        }
        if in_list(w, COLLAB_VERBS) {
            return self.collab_verb(i);
        }
        if in_list(w, COLLAB_NOUNS) {
            return self.collab_noun(i);
        }
        if in_list(w, REL_NOUNS) {
            return self.rel_noun(i);
        }
        if in_list(w, FRICTION) {
            return self.friction(i);
        }
        if in_list(w, ATTITUDE_POSITIVE) || in_list(w, ATTITUDE_NEGATIVE) {
            return self.attitude(i);
        }
        if in_list(w, MAKE_FORMS) {
            return self.make_harder(i);
        }
        if in_list(w, HAMPER_FORMS) {
            return Some(Cue {
                start: i,
                end: i + 1,
                stance: Stance::Negative,
                kind: Kind::Directed {
                    preps: &[],
                    passive: w.ends_with("ed"),
                },
                negated: false,
            });
        }
        if in_list(w, WAY_VERBS) {
            let way = ["in", "the", "way", "of"];
            let all = way.iter().enumerate().all(|(k, x)| self.is(i + 1 + k, x));
            return all.then_some(Cue {
                start: i,
                end: i + 5,
                stance: Stance::Negative,
                kind: Kind::Directed {
                    preps: &[],
                    passive: false,
                },
                negated: false,
            });
        }
        if w == "controlling" {
            let end = if self.is_in(i + 1, CONTROL_NOUNS) {
                i + 2
            } else {
                i + 1
            };
            return Some(Cue {
                start: i,
                end,
                stance: Stance::Negative,
                kind: Kind::Directed {
                    preps: CONTROL_PREPS,
                    passive: false,
                },
                negated: false,
            });
        }
        if in_list(w, DISTANT_ADJ) {
            let end = if self.is(i + 1, "and") && self.is_in(i + 2, DISTANT_ADJ) {
                i + 3
            } else {
                i + 1
            };
            return Some(Cue {
                start: i,
                end,
                stance: Stance::Negative,
                kind: Kind::With(DISTANT_PREPS),
                negated: false,
            });
        }
        if w == "at" && self.is(i + 1, "loggerheads") {
            return Some(Cue {
                start: i,
                end: i + 2,
                stance: Stance::Negative,
                kind: Kind::Mutual,
                negated: false,
            });
        }
        None
    }

    /// "work(ing) together well", "work closely with", "work hand in hand".
    fn work_cue(&self, i: usize) -> Option<Cue> {
        let mut together = false;
        let mut quality = false;
        let mut end = i + 1;
        let mut j = i + 1;
        while j < i + 6 {
            crate::work::tick(1);
            let Some(x) = self.low(j) else { break };
            if x == "together" {
                together = true;
                j += 1;
                end = j;
            } else if in_list(x, QUALITY) {
                quality = true;
                j += 1;
                end = j;
            } else if in_list(x, INTENSIFIERS) {
                j += 1;
            } else if x == "hand" && self.is(j + 1, "in") && self.is(j + 2, "hand") {
                quality = true;
                together = true;
                j += 3;
                end = j;
            } else {
                break;
            }
        }
        if !quality {
            return None;
        }
        let kind = if together {
            Kind::Mutual
        } else if self.is(end, "with") {
            Kind::With(WITH)
        } else {
            return None;
        };
        Some(Cue {
            start: i,
            end,
            stance: Stance::Positive,
            kind,
            negated: false,
        })
    }

    /// "collaborate", "cooperating closely".
    fn collab_verb(&self, i: usize) -> Option<Cue> {
        let mut end = i + 1;
        let mut j = i + 1;
        while j < i + 4 {
            crate::work::tick(1);
            let Some(x) = self.low(j) else { break };
            if in_list(x, COMPARATIVES) {
                return None;
            }
            if x == "together" || in_list(x, QUALITY) {
                j += 1;
                end = j;
            } else if in_list(x, INTENSIFIERS) {
                j += 1;
            } else {
                break;
            }
        }
        Some(Cue {
            start: i,
            end,
            stance: Stance::Positive,
            kind: Kind::Mutual,
            negated: false,
        })
    }

    /// Intensifiers ending just before token `k`: where they start.
    fn intensified(&self, mut k: usize) -> usize {
        let mut steps = 0;
        while steps < 3
            && k.checked_sub(1)
                .is_some_and(|p| self.is_in(p, INTENSIFIERS))
        {
            crate::work::tick(1);
            k -= 1;
            steps += 1;
        }
        k
    }

    /// "close collaboration", "little cooperation", "there is cooperation".
    fn collab_noun(&self, i: usize) -> Option<Cue> {
        let prev = i.checked_sub(1)?;
        let (start, stance, negated) = if self.is_in(prev, COLLAB_ADJ) {
            (self.intensified(prev), Stance::Positive, false)
        } else if self.is_in(prev, SCARCE) {
            (prev, Stance::Positive, true)
        } else if self.is(prev, "of") && prev >= 1 && self.is(prev - 1, "lack") {
            (prev - 1, Stance::Positive, true)
        } else {
            // "there is (a) collaboration"
            let mut k = prev;
            if self.is_in(k, &["a", "an", "some"]) {
                k = k.checked_sub(1)?;
            }
            if !self.is_in(k, BE) && !self.is(k, "been") {
                return None;
            }
            let mut t = k.checked_sub(1)?;
            if self.is_in(t, &["has", "have", "had"]) {
                t = t.checked_sub(1)?;
            }
            if !self.is(t, "there") {
                return None;
            }
            (i, Stance::Positive, false)
        };
        // "more collaboration", "closer cooperation"
        if start.checked_sub(1).is_some_and(|p| {
            self.is_in(p, COMPARATIVES) || self.is_in(p, &["increased", "increasing"])
        }) {
            return None;
        }
        Some(Cue {
            start,
            end: i + 1,
            stance,
            kind: Kind::Noun,
            negated,
        })
    }

    /// Adjectives of one polarity ending just before token `k` ("distant
    /// and transactional", "good"): where they start, and the polarity.
    fn adjectives_before(&self, k: usize) -> Option<(usize, Stance)> {
        let mut start = k;
        let mut stance: Option<Stance> = None;
        let mut steps = 0;
        while let Some(prev) = start.checked_sub(1) {
            crate::work::tick(1);
            if steps >= 6 {
                break;
            }
            steps += 1;
            let polarity = if self.is_in(prev, REL_POSITIVE) {
                Some(Stance::Positive)
            } else if self.is_in(prev, REL_NEGATIVE) {
                Some(Stance::Negative)
            } else {
                None
            };
            match polarity {
                Some(p) => {
                    if stance.is_some_and(|s| s != p) {
                        return None;
                    }
                    stance = Some(p);
                    start = prev;
                }
                None => {
                    let joiner = self.is(prev, "and") || self.punct(prev, ",");
                    let adj_before = prev.checked_sub(1).is_some_and(|pp| {
                        self.is_in(pp, REL_POSITIVE) || self.is_in(pp, REL_NEGATIVE)
                    });
                    if stance.is_some() && joiner && adj_before {
                        start = prev;
                    } else {
                        break;
                    }
                }
            }
        }
        Some((start, stance?))
    }

    /// "good working relationships", "a strained relationship".
    fn rel_noun(&self, i: usize) -> Option<Cue> {
        let mut k = i;
        if k.checked_sub(1).is_some_and(|p| self.is(p, "working")) {
            k -= 1;
        }
        let (adj_start, stance) = self.adjectives_before(k)?;
        let start = self.intensified(adj_start);
        let prev = start.checked_sub(1);
        if prev.is_some_and(|p| self.is_in(p, &["more", "less"])) {
            return None;
        }
        let (start, negated) = match prev {
            Some(p) if self.is_in(p, &["no", "little"]) => (p, true),
            _ => (start, false),
        };
        Some(Cue {
            start,
            end: i + 1,
            stance,
            kind: Kind::Noun,
            negated,
        })
    }

    /// "tensions", "growing mistrust".
    fn friction(&self, i: usize) -> Option<Cue> {
        let mut start = i;
        if i.checked_sub(1)
            .is_some_and(|p| self.is_in(p, FRICTION_ADJ))
        {
            start = i - 1;
        }
        let negated = start
            .checked_sub(1)
            .is_some_and(|p| self.is_in(p, &["no", "little", "few", "less", "fewer"]));
        Some(Cue {
            start,
            end: i + 1,
            stance: Stance::Negative,
            kind: Kind::Noun,
            negated,
        })
    }

    /// "largely positive about their working partnership (with Y)".
    fn attitude(&self, i: usize) -> Option<Cue> {
        let w = self.low(i)?;
        let stance = if in_list(w, ATTITUDE_POSITIVE) {
            Stance::Positive
        } else {
            Stance::Negative
        };
        let mut j = i + 1;
        if !self.is_in(j, &["about", "with", "of"]) {
            return None;
        }
        j += 1;
        if self.is_in(
            j,
            &["its", "their", "the", "our", "his", "her", "this", "these"],
        ) {
            j += 1;
        }
        if self.is(j, "working") {
            j += 1;
        }
        if !self.is_in(j, REL_NOUNS) {
            return None;
        }
        Some(Cue {
            start: self.intensified(i),
            end: j + 1,
            stance,
            kind: Kind::Attitude,
            negated: false,
        })
    }

    /// "making it harder for", "made life more difficult for".
    fn make_harder(&self, i: usize) -> Option<Cue> {
        let mut j = i + 1;
        if !self.is_in(j, &["it", "life", "things"]) {
            return None;
        }
        j += 1;
        if self.is_in(j, &["much", "even", "far", "increasingly", "ever"]) {
            j += 1;
        }
        if self.is(j, "more") && self.is_in(j + 1, &["difficult", "complicated"]) {
            j += 1;
        }
        if !self.is_in(j, HARDER) && !self.is(j, "complicated") {
            return None;
        }
        j += 1;
        if !self.is(j, "for") {
            return None;
        }
        Some(Cue {
            start: i,
            end: j + 1,
            stance: Stance::Negative,
            kind: Kind::Directed {
                preps: &[],
                passive: false,
            },
            negated: false,
        })
    }

    /// "relations between X and Y are strained", "X’s relationship with Y
    /// is good": a relation noun with its parties, then a predicate.
    fn predicate_at(&self, i: usize) -> Option<Found> {
        if !self.is_in(i, REL_NOUNS) {
            return None;
        }
        let (a, b, mut k, rel_start) = if self.is(i + 1, "between") {
            let (a, b) = self.between(i + 1)?;
            (a, b, self.party(b)?.end, i)
        } else if self.is(i + 1, "with") {
            let mut o = i;
            if o.checked_sub(1).is_some_and(|p| self.is(p, "working")) {
                o -= 1;
            }
            let owner = self.party_ending(o)?;
            if !self.party(owner)?.poss {
                return None;
            }
            let b = self.single_party_from(i + 2)?;
            (owner, b, self.party(b)?.end, self.party(owner)?.start)
        } else {
            return None;
        };
        let mut verb = false;
        let mut neg: Option<usize> = None;
        let mut steps = 0;
        while steps < MAX_CHAIN {
            crate::work::tick(1);
            steps += 1;
            let w = self.low(k)?;
            if in_list(w, MODALS) {
                return None;
            }
            if in_list(w, BE)
                || in_list(
                    w,
                    &["remain", "remains", "remained", "seem", "seems", "seemed"],
                )
                || in_list(
                    w,
                    &["appear", "appears", "appeared", "look", "looks", "looked"],
                )
            {
                verb = true;
            } else if w.ends_with("n't") {
                verb = true;
                neg = if neg.is_some() { None } else { Some(k) };
            } else if in_list(w, NEGATORS) {
                neg = if neg.is_some() { None } else { Some(k) };
            } else if !(in_list(w, &["has", "have", "had", "to"]) || is_adverb(w)) {
                break;
            }
            k += 1;
        }
        // "have broken down", "broke down" need no form of "be".
        let broke = self.is_in(k, &["broken", "breaking", "broke"]) && self.is(k + 1, "down");
        if !verb && !broke {
            return None;
        }
        if let Some(n) = neg
            && self.is_in(n + 1, HEDGES)
        {
            return None;
        }
        if self.is_in(k, &["more", "less"]) {
            return None;
        }
        let (end, stance) = if self.is(k, "working") && self.is_in(k + 1, QUALITY) {
            (k + 2, Stance::Positive)
        } else if broke {
            (k + 2, Stance::Negative)
        } else {
            let mut end = k;
            let mut stance = None;
            while end < k + 5 {
                crate::work::tick(1);
                let polarity = if self.is_in(end, REL_POSITIVE) {
                    Some(Stance::Positive)
                } else if self.is_in(end, REL_NEGATIVE) {
                    Some(Stance::Negative)
                } else {
                    None
                };
                if let Some(p) = polarity {
                    if stance.is_some_and(|s| s != p) {
                        return None;
                    }
                    stance = Some(p);
                    end += 1;
                } else if stance.is_some()
                    && (self.is(end, "and") || self.punct(end, ","))
                    && (self.is_in(end + 1, REL_POSITIVE) || self.is_in(end + 1, REL_NEGATIVE))
                {
                    end += 1;
                } else {
                    break;
                }
            }
            (end, stance?)
        };
        // "close to collapse", "difficult to mend": about something else.
        if self.is(end, "to") {
            return None;
        }
        let cue = Cue {
            start: k,
            end,
            stance,
            kind: Kind::Noun,
            negated: false,
        };
        self.found(cue, a, b, neg, rel_start)
    }

    // -- filters and sources -----------------------------------------------

    /// Whether the relation is unreal, denied or past: a modal,
    /// condition, need or denial before it; a condition, need, modal or
    /// change in the rest of its clause.
    fn unreal(&self, rel: &Range<usize>) -> bool {
        let before = (0..rel.start).any(|k| {
            // "In May, ...": the month, not the modal.
            let month = self.ws.get(k).is_some_and(|w| w.text == "May");
            !month
                && self.low(k).is_some_and(|w| {
                    in_list(w, HYPOTHETICAL)
                        || in_list(w, NORMATIVE)
                        || in_list(w, DENIALS)
                        || w.ends_with("n't")
                        || w.ends_with("'ll")
                        || w.ends_with("'d")
                })
        });
        if before {
            return true;
        }
        let mut k = rel.end;
        while let Some(w) = self.ws.get(k) {
            crate::work::tick(1);
            if !w.word && matches!(w.text, "," | ";" | ":" | "(" | "—" | "–" | "-") {
                break;
            }
            let unreal = in_list(&w.low, CONDITIONS_AFTER)
                || in_list(&w.low, NORMATIVE)
                || in_list(&w.low, MODALS)
                || in_list(&w.low, CHANGES)
                || (w.low == "as" && self.is(k + 1, "long") && self.is(k + 2, "as"));
            if w.word && unreal {
                return true;
            }
            k += 1;
        }
        false
    }

    /// Whether the sentence asks a question.
    fn question(&self) -> bool {
        self.para
            .text
            .get(self.range.clone())
            .map(|s| {
                s.trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '”' | '’' | '"' | '\'' | '»' | '›' | ')')
                })
            })
            .is_some_and(|s| s.ends_with('?'))
    }

    /// The source of a relation whose cue is `cue`: `Err` when it should
    /// not be reported (an unnamed speaker), `Ok(None)` for the article's
    /// own voice.
    fn source(&self, found: &Found) -> Result<Option<String>, ()> {
        let base = self.para.start as usize;
        let first = self.ws.get(found.cue.start).ok_or(())?;
        let last = self
            .ws
            .get(found.cue.end.checked_sub(1).ok_or(())?)
            .ok_or(())?;
        let cue_span = Span::from_range(base + first.start..base + last.end);
        let quotes = &self.ctx.quotes;
        let idx = quotes.partition_point(|q| q.span.start <= cue_span.start);
        if let Some(quote) = idx.checked_sub(1).and_then(|i| quotes.get(i))
            && quote.span.contains(cue_span)
        {
            let speaker = quote.speaker.as_deref().ok_or(())?;
            return Ok(Some(strip_article(speaker)));
        }
        if let Some(claimant) = self.according(&found.rel) {
            return named(claimant);
        }
        if let Some(claimant) = self.claim_before(found.rel.start) {
            return named(claimant);
        }
        if let Some(claimant) = self.claim_after(found.rel.end) {
            return named(claimant);
        }
        Ok(None)
    }

    /// "according to X" outside the relation.
    fn according(&self, rel: &Range<usize>) -> Option<Claimant> {
        let k = (0..self.ws.len())
            .find(|&k| !rel.contains(&k) && self.is(k, "according") && self.is(k + 1, "to"))?;
        let start = k + 2;
        let mut end = start;
        while end < start + MAX_CLAIMANT_WORDS
            && self
                .ws
                .get(end)
                .is_some_and(|w| w.word || matches!(w.text, "(" | ")" | "&"))
            && !rel.contains(&end)
        {
            crate::work::tick(1);
            end += 1;
        }
        self.claimant(start..end)
    }

    /// A reporting verb before token `rel_start` and its subject: "a
    /// report by X claims that ...", "the survey, run by Y, showed ...".
    fn claim_before(&self, rel_start: usize) -> Option<Claimant> {
        let mut v = rel_start;
        loop {
            crate::work::tick(1);
            v = v.checked_sub(1)?;
            // "Ministers said ..., but councils and trusts ...": the
            // writer's own contrast, unless "but that" goes on reporting.
            let contrast = self.is_in(v, &["but", "whereas"]) && !self.is(v + 1, "that");
            if self.punct(v, ";") || contrast {
                return None;
            }
            if self.is_in(v, CLAIM_VERBS) {
                break;
            }
        }
        let mut k = v;
        while k.checked_sub(1).is_some_and(|p| {
            crate::work::tick(1);
            self.is_in(p, &["has", "have", "had", "did", "does", "do"])
                || self.low(p).is_some_and(is_adverb)
        }) {
            k -= 1;
        }
        // An appositive: "the survey, run by Y, showed".
        if k.checked_sub(1).is_some_and(|p| self.punct(p, ",")) {
            let comma = k - 1;
            let open = (comma.saturating_sub(MAX_APPOSITIVE)..comma)
                .rev()
                .find(|&c| self.punct(c, ","))?;
            k = open;
        }
        let end = k;
        let mut start = end;
        while let Some(prev) = start.checked_sub(1) {
            crate::work::tick(1);
            let Some(w) = self.ws.get(prev) else { break };
            let part = if w.word {
                !in_list(&w.low, CLAIMANT_STOPS)
            } else {
                matches!(w.text, "(" | ")" | "&")
            };
            if !part {
                break;
            }
            start = prev;
            if end - start > MAX_CLAIMANT_WORDS {
                return None;
            }
        }
        // "At its meeting the board said": the phrase after the last article.
        if self.is_in(start, PREPS) {
            start = (start..end)
                .rev()
                .find(|&k| self.is_in(k, &["the", "a", "an"]))?;
        }
        self.claimant(start..end)
    }

    /// A reporting clause after token `rel_end`: ", leaders have claimed",
    /// ", reveals a review of ...".
    fn claim_after(&self, rel_end: usize) -> Option<Claimant> {
        let n = self.ws.len();
        let mut c = rel_end;
        while c < n {
            crate::work::tick(1);
            if !self.punct(c, ",") {
                c += 1;
                continue;
            }
            let start = c + 1;
            let mut end = start;
            while end < n
                && !self
                    .ws
                    .get(end)
                    .is_some_and(|w| !w.word && matches!(w.text, "," | ";" | "." | "!" | "?" | ":"))
            {
                crate::work::tick(1);
                end += 1;
            }
            // ", says X"
            if self.is_in(start, INVERTED_VERBS)
                && end > start + 1
                && end - start <= MAX_CLAIMANT_WORDS + 1
            {
                let to_end =
                    (end..n).all(|k| self.ws.get(k).is_some_and(|w| !w.word && w.text != ","));
                if to_end {
                    return self.claimant(start + 1..end);
                }
            }
            // ", X (have) claimed"
            if let Some(last) = end.checked_sub(1).filter(|&l| l > start)
                && self.is_in(last, CLAIM_VERBS)
                && !self.is_in(start, CLAIMANT_STOPS)
            {
                let mut np_end = last;
                while np_end > start
                    && self
                        .low(np_end - 1)
                        .is_some_and(|w| in_list(w, &["has", "have", "had"]) || is_adverb(w))
                {
                    crate::work::tick(1);
                    np_end -= 1;
                }
                if np_end > start && np_end - start <= MAX_CLAIMANT_WORDS {
                    return self.claimant(start..np_end);
                }
            }
            c = end;
        }
        None
    }

    /// A claimant from tokens `range`: leading articles dropped; a
    /// pronoun is unnamed.
    fn claimant(&self, mut range: Range<usize>) -> Option<Claimant> {
        while range.start < range.end && self.is_in(range.start, ARTICLES) {
            crate::work::tick(1);
            range.start += 1;
        }
        if range.start >= range.end {
            return None;
        }
        if range.len() == 1 && self.is_in(range.start, PRONOUNS) {
            return Some(Claimant::Unnamed);
        }
        let text = self.text_of(range)?;
        let text = text.trim_end_matches([',', '.', ';', ':']).trim();
        (!text.is_empty()).then(|| Claimant::Named(text.to_owned()))
    }

    // -- putting it together -----------------------------------------------

    fn relations(&self, out: &mut Vec<Relation>) {
        if self.parties.len() < 2 || self.question() {
            return;
        }
        let mut found = Vec::new();
        for i in 0..self.ws.len() {
            crate::work::tick(1);
            if let Some(f) = self.cue_at(i).and_then(|cue| self.frame(cue)) {
                found.push(f);
            }
            if let Some(f) = self.predicate_at(i) {
                found.push(f);
            }
        }
        // One relation per pair; opposite stances for a pair cancel.
        let mut by_pair: BTreeMap<(String, String), Option<Relation>> = BTreeMap::new();
        let mut order = Vec::new();
        for f in &found {
            crate::work::tick(1);
            let (Some(a), Some(b)) = (self.party(f.parties.0), self.party(f.parties.1)) else {
                continue;
            };
            if a.name == b.name || self.unreal(&f.rel) {
                continue;
            }
            let Ok(source) = self.source(f) else {
                continue;
            };
            let Some(cue) = self.text_of(f.cue.clone()) else {
                continue;
            };
            let mut pair = [a.name.clone(), b.name.clone()];
            pair.sort();
            let key = (pair[0].clone(), pair[1].clone());
            let base = self.para.start as usize;
            let relation = Relation {
                line: self.para.line,
                span: Span::from_range(base + self.range.start..base + self.range.end),
                parties: pair,
                stance: f.stance,
                cue,
                source,
            };
            match by_pair.get_mut(&key) {
                None => {
                    order.push(key.clone());
                    by_pair.insert(key, Some(relation));
                }
                Some(slot) => {
                    if slot.as_ref().is_some_and(|r| r.stance != relation.stance) {
                        *slot = None;
                    }
                }
            }
        }
        for key in order {
            crate::work::tick(1);
            if let Some(Some(relation)) = by_pair.remove(&key) {
                out.push(relation);
            }
        }
    }
}

/// Words after a singular acronym that show it is the subject, not a
/// modifier ("the CCG and", "the ICB has").
#[rustfmt::skip]
const FOLLOWERS: &[&str] = &[
    "and", "or", "but", "to", "in", "on", "at", "with", "for", "of", "by", "from", "that",
    "which", "who", "as", "than", "not", "also", "still", "now", "says", "said", "say",
    "claims", "agrees", "believes",
];

fn strip_poss(word: &str) -> &str {
    crate::people::strip_possessive(word)
}

fn strip_article(name: &str) -> String {
    let name = collapse(name);
    for article in ["The ", "the ", "A ", "a ", "An ", "an "] {
        crate::work::tick(1);
        if let Some(rest) = name.strip_prefix(article) {
            return rest.to_owned();
        }
    }
    name
}

fn named(claimant: Claimant) -> Result<Option<String>, ()> {
    match claimant {
        Claimant::Named(name) => Ok(Some(name)),
        Claimant::Unnamed => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The body lines of `text`, one paragraph a line.
    fn body(text: &str) -> Vec<Para<'_>> {
        let mut paras = Vec::new();
        let mut start = 0;
        for (idx, line) in text.split('\n').enumerate() {
            if !line.trim().is_empty() {
                paras.push(Para {
                    line: u32::try_from(idx + 1).unwrap(),
                    start: u32::try_from(start).unwrap(),
                    text: line,
                    role: Role::Body,
                    sentences: &[],
                });
            }
            start += line.len() + 1;
        }
        paras
    }

    fn extract(text: &str) -> Vec<Relation> {
        let paras = body(text);
        let quotes = crate::quotes::extract(&paras).quotes;
        let acronyms = crate::acronyms::acronyms(&paras);
        relations(&paras, &quotes, &acronyms, || {
            crate::organisations::organisations(&paras, &acronyms)
        })
    }

    /// Each relation as "party / party +|- [cue] @source".
    fn check(text: &str, expected: &[&str]) {
        let got: Vec<String> = extract(text)
            .iter()
            .map(|r| {
                let sentence = r.span.text(text).unwrap();
                assert!(collapse(sentence).contains(&r.cue), "{r:?}");
                let stance = match r.stance {
                    Stance::Positive => '+',
                    Stance::Negative => '-',
                };
                let source = r
                    .source
                    .as_ref()
                    .map(|s| format!(" @{s}"))
                    .unwrap_or_default();
                format!(
                    "{} / {} {stance} [{}]{source}",
                    r.parties[0], r.parties[1], r.cue
                )
            })
            .collect();
        assert_eq!(got, expected, "{text}");
    }

    // Stances.
    #[test]
    fn coordinated_subject_works_well_together() {
        check(
            "Councils and hospital trusts are working well together in most areas.",
            &["council / trust + [working well together]"],
        );
    }
    #[test]
    fn directed_cue_with_a_trailing_claim() {
        check(
            "Integrated care boards are making it harder for pharmacies to open new branches, pharmacy owners have claimed.",
            &["icb / pharmacy - [making it harder for] @pharmacy owners"],
        );
    }
    #[test]
    fn in_the_way_of() {
        check(
            "Regional teams are getting in the way of primary care networks, managers complain.",
            &["pcn / regional team - [getting in the way of] @managers"],
        );
    }
    #[test]
    fn passive_with_agent() {
        check(
            "Pharmacies are being hindered by integrated care boards, a survey suggests.",
            &["icb / pharmacy - [hindered] @survey"],
        );
    }
    #[test]
    fn works_closely_with() {
        check(
            "Pharmacies work closely with GP practices in the town.",
            &["pharmacy / practice + [work closely]"],
        );
    }
    #[test]
    fn tensions_between() {
        check(
            "There are growing tensions between ambulance trusts and acute hospitals over handovers.",
            &["ambulance trust / hospital - [growing tensions]"],
        );
    }
    #[test]
    fn predicate_of_a_relation_noun() {
        check(
            "Relations between councils and care homes remain strained in several regions.",
            &["care home / council - [strained]"],
        );
    }
    #[test]
    fn positive_about_a_relationship() {
        check(
            "Most councils were broadly positive about their relationships with local integrated care boards.",
            &["council / icb + [broadly positive about their relationships]"],
        );
    }
    #[test]
    fn too_controlling_towards() {
        check(
            "Area teams have become too controlling towards practices, one GP said.",
            &["area team / practice - [controlling] @one GP"],
        );
    }
    #[test]
    fn distant_and_aloof_towards() {
        check(
            "Some hospital trusts remain distant and aloof towards local hospices.",
            &["hospice / trust - [distant and aloof]"],
        );
    }
    #[test]
    fn at_loggerheads() {
        check(
            "GPs and hospital consultants are at loggerheads over referrals.",
            &["consultant / gp - [at loggerheads]"],
        );
    }
    #[test]
    fn little_cooperation_is_negative() {
        check(
            "There is little cooperation between councils and trusts on discharge.",
            &["council / trust - [little cooperation]"],
        );
    }

    // Negation.
    #[test]
    fn negation_flips_a_positive_cue() {
        check(
            "Local authorities and NHS trusts are not working well together, the review found.",
            &["local authority / trust - [not working well together] @review"],
        );
    }
    #[test]
    fn failing_to_cooperate_is_negative() {
        check(
            "Councils have failed to cooperate with the ambulance trusts.",
            &["ambulance trust / council - [failed to cooperate]"],
        );
    }
    #[test]
    fn partial_negation_cancels() {
        check(
            "Trusts and councils are not always cooperating with each other.",
            &[],
        );
    }
    #[test]
    fn negated_negative_cue_cancels() {
        check(
            "Area teams are not obstructing CCGs, the minister insisted.",
            &[],
        );
    }
    #[test]
    fn hedge_in_a_later_clause_keeps_the_main_clause() {
        check(
            "Hospices and care homes are collaborating closely, although this is not yet true everywhere.",
            &["care home / hospice + [collaborating closely]"],
        );
    }
    #[test]
    fn opposite_cues_for_one_pair_cancel() {
        check(
            "Councils and trusts work well together but tensions between councils and trusts persist.",
            &[],
        );
    }

    #[test]
    fn possessive_owner_of_a_relationship() {
        check(
            "The trusts’ relationships with councils are strained.",
            &["council / trust - [strained]"],
        );
    }
    #[test]
    fn relationship_has_broken_down() {
        check(
            "Working relationships between hospices and councils have broken down.",
            &["council / hospice - [broken down]"],
        );
    }

    // Conditions, aims, needs and questions.
    #[test]
    fn a_need_is_no_fact() {
        check(
            "Good relationships between councils and trusts are essential for recovery.",
            &[],
        );
        check("It is vital that pharmacies and practices cooperate.", &[]);
    }
    #[test]
    fn a_change_is_no_state() {
        check("Tensions between councils and trusts have eased.", &[]);
    }
    #[test]
    fn negation_in_a_predicate_and_contractions() {
        check(
            "The relationship between hospices and councils is not good.",
            &["council / hospice - [not good]"],
        );
        check(
            "Councils and trusts aren’t working well together.",
            &["council / trust - [aren’t working well together]"],
        );
        check(
            "Councils and trusts are no longer working together well.",
            &["council / trust - [no longer working together well]"],
        );
    }
    #[test]
    fn adjective_about_something_else() {
        check(
            "Relations between councils and trusts are close to collapse.",
            &[],
        );
    }
    #[test]
    fn participle_modifying_its_noun() {
        check("Councils working closely with trusts have cut delays.", &[]);
    }
    #[test]
    fn condition_before_the_cue() {
        check(
            "Care improves fastest when there is close cooperation between councils and trusts.",
            &[],
        );
    }
    #[test]
    fn modal_in_the_chain() {
        check(
            "Primary care networks and pharmacies should work together well.",
            &[],
        );
    }
    #[test]
    fn the_month_is_no_modal() {
        check(
            "In May, hospices and councils were working together well.",
            &["council / hospice + [working together well]"],
        );
        check("Hospices and councils may work together well.", &[]);
    }
    #[test]
    fn if_clause() {
        check(
            "If councils and trusts worked together well, delays would fall.",
            &[],
        );
    }
    #[test]
    fn aim_infinitive() {
        check(
            "Trusts are trying to collaborate with councils on discharge.",
            &[],
        );
    }
    #[test]
    fn question() {
        check("Are councils and trusts really working together well?", &[]);
    }

    // Sources.
    #[test]
    fn quotation_takes_its_speaker() {
        check(
            "Dr Jane Okafor, who chairs the federation, said: “Practices and pharmacies are working together well across the county.”",
            &["pharmacy / practice + [working together well] @Jane Okafor"],
        );
    }
    #[test]
    fn quotation_without_a_speaker_gives_nothing() {
        check("“Councils and trusts are working well together.”", &[]);
    }
    #[test]
    fn claim_before_with_that() {
        check(
            "A study by the Health Foundation claims that integrated care boards are hampering local authorities.",
            &["icb / local authority - [hampering] @study by the Health Foundation"],
        );
    }
    #[test]
    fn claim_before_across_an_appositive() {
        check(
            "The audit, led by a panel of managers, showed trusts were collaborating with councils.",
            &["council / trust + [collaborating] @audit"],
        );
    }
    #[test]
    fn inverted_claim_after() {
        check(
            "Councils and trusts are working together well, says a report from the King’s Fund.",
            &["council / trust + [working together well] @report from the King’s Fund"],
        );
    }
    #[test]
    fn according_to() {
        check(
            "According to the inspectors, councils and hospices are cooperating effectively.",
            &["council / hospice + [cooperating effectively] @inspectors"],
        );
    }
    #[test]
    fn contrast_ends_a_claim() {
        check(
            "Ministers said the scheme was a success, but councils and trusts are at loggerheads.",
            &["council / trust - [at loggerheads]"],
        );
        check(
            "The council said that money was short but that hospices and trusts cooperate well.",
            &["hospice / trust + [cooperate well] @council"],
        );
    }
    #[test]
    fn pronoun_claimant_gives_nothing() {
        check(
            "They say councils and trusts are working well together.",
            &[],
        );
    }

    // Parties.
    #[test]
    fn plural_acronym_defined_earlier() {
        check(
            "Integrated care boards (ICBs) took over in July.\nICBs and councils have a good working relationship in the north.",
            &["council / icb + [good working relationship]"],
        );
    }
    #[test]
    fn long_form_of_a_defined_acronym() {
        check(
            "Clinical commissioning groups (CCGs) lost their budgets.\nArea teams were obstructing clinical commissioning groups, leaders say.",
            &["area team / ccg - [obstructing] @leaders"],
        );
    }
    #[test]
    fn singular_acronym_as_subject() {
        check(
            "The ICB and the councils are cooperating.",
            &["council / icb + [cooperating]"],
        );
    }
    #[test]
    fn common_acronym_without_definition() {
        check(
            "Primary care networks and community pharmacies are collaborating well.",
            &["pcn / pharmacy + [collaborating well]"],
        );
    }
    #[test]
    fn owners_are_dropped() {
        check(
            "The county council’s social workers and the trust’s community nurses are working together well.",
            &["nurse / social worker + [working together well]"],
        );
    }
    #[test]
    fn possessive_owner_and_group() {
        check(
            "NHS England’s area teams and the councils are cooperating well.",
            &["area team / council + [cooperating well]"],
        );
    }
    #[test]
    fn close_ties() {
        check(
            "There are close ties between hospices and local authorities.",
            &["hospice / local authority + [close ties]"],
        );
    }
    #[test]
    fn singular_acronym_before_a_verb() {
        check(
            "The ICB is obstructing practices, the federation said.",
            &["icb / practice - [obstructing] @federation"],
        );
    }
    #[test]
    fn capitalised_owner_and_group() {
        check(
            "NHS England Regional Teams and ICBs are at loggerheads.",
            &["icb / regional team - [at loggerheads]"],
        );
    }
    #[test]
    fn acronym_modifier_is_no_party() {
        check("CCG leaders and councils are working together well.", &[]);
    }
    #[test]
    fn two_of_three_parties_linked() {
        check(
            "Councils and trusts are cooperating well, but GP practices feel left out.",
            &["council / trust + [cooperating well]"],
        );
    }
    #[test]
    fn comma_before_a_reporting_clause_is_no_list() {
        check(
            "The Care Quality Commission has a good relationship with NHS England, officials said.",
            &["cqc / nhse + [good relationship] @officials"],
        );
        check(
            "Pharmacies work closely with GP practices, hospices and care homes.",
            &[],
        );
    }
    #[test]
    fn three_coordinated_parties() {
        check(
            "Councils, trusts and hospices are working together well.",
            &[],
        );
    }
    #[test]
    fn coordinated_subjects_with_another_partner() {
        check("Councils and trusts cooperated with the inquiry.", &[]);
        check(
            "Hospices and councils are cooperating with one another.",
            &["council / hospice + [cooperating]"],
        );
    }
    #[test]
    fn two_pairs_in_one_sentence() {
        check(
            "GP practices and pharmacies have a close working relationship, but the relationship between GP practices and hospitals is strained.",
            &[
                "pharmacy / practice + [close working relationship]",
                "hospital / practice - [strained]",
            ],
        );
    }
    #[test]
    fn same_party_twice() {
        check("Trusts are collaborating with other trusts.", &[]);
    }

    // Near misses.
    #[test]
    fn two_bodies_without_a_stance() {
        check(
            "Councils and trusts signed a partnership agreement on Tuesday.",
            &[],
        );
    }
    #[test]
    fn stance_word_about_something_else() {
        check(
            "The drug was effective in trials run by councils and trusts together.",
            &[],
        );
        check(
            "Tensions rose in the waiting room as councils and trusts argued.",
            &[],
        );
    }
    #[test]
    fn subject_after_a_preposition() {
        check("Cuts to councils are hampering care homes.", &[]);
    }
    #[test]
    fn object_is_not_a_party() {
        check("Area teams are hampering progress on integration.", &[]);
    }

    proptest! {
        #[test]
        fn relations_are_sound(text in prop_oneof![
            any::<String>(),
            "((councils|trusts|CCGs|ICB|area teams|NHS England’s|integrated care boards|\\(ICBs\\)|and|are|not|yet|were|working|together|well|cooperating|hampering|by|with|between|tensions|good|relationship|said|claims|that|“|”|‘|’|,|\\.|\\?|if|should|to|failed|é|😀|\u{a0}|\n) ){0,40}",
        ]) {
            for r in extract(&text) {
                let sentence = r.span.text(&text);
                prop_assert!(sentence.is_some(), "span off the text: {r:?}");
                let sentence = collapse(sentence.unwrap_or(""));
                prop_assert!(!r.cue.is_empty() && sentence.contains(&r.cue), "{r:?}");
                let [a, b] = &r.parties;
                prop_assert!(a < b, "parties not sorted and distinct: {r:?}");
                for p in [a, b] {
                    prop_assert!(!p.is_empty() && p.trim() == p && !p.contains("  "));
                    prop_assert!(!p.chars().any(char::is_uppercase), "not lower case: {r:?}");
                }
            }
        }
    }
}
