//! The 48 English Golden Rules of sentence segmentation (Pragmatic Segmenter,
//! as carried in pySBD's tests), run through `split`.

use crosscheck_parse::sentences::split;

#[test]
fn golden_rules() {
    let json = include_str!("data/golden_rules_en.json");
    let doc: serde_json::Value = serde_json::from_str(json).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 48);
    let mut passed = 0;
    for case in cases {
        let text = case["text"].as_str().unwrap();
        let expected: Vec<&str> = case["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().trim())
            .collect();
        let got: Vec<&str> = split(text)
            .into_iter()
            .map(|range| text.get(range).unwrap().trim())
            .collect();
        if got == expected {
            passed += 1;
        } else {
            println!("rule {} failed: {text:?}", case["id"]);
            println!("  expected: {expected:?}");
            println!("  got:      {got:?}");
        }
    }
    println!("golden rules: {passed}/{} passed", cases.len());
    assert!(passed >= 47, "golden rules: {passed}/48 passed");
}
