// Package keyphrase picks the phrases that say what an article is about.
//
// Input → output: a rasid.Document with tokens, words (part of speech,
// lemma) and entities → Document.Keyphrases, up to ten, best first: noun
// phrases read off the part-of-speech layer (a noun followed by nouns and
// adjectives: construct chains such as تمدد حلف شمال الأطلسي, tamaddud
// hilf shamal al-atlasi, "the expansion of the North Atlantic Treaty", and
// noun + adjective such as الضمانات الأمنية, "the security guarantees")
// and named entities by canonical name. A phrase is scored by how often the
// article uses it, how early it first comes, and how rare its words are in
// news at large: the document frequencies of lemmas in ../shared/data,
// counted by `rasid train keyphrase` and embedded (model/background.gz).
// Phrases are unique by their lemmas, so a phrase never comes twice with
// different clitics (الاتفاق, بالاتفاق, والاتفاق). See docs/aids.md.
package keyphrase
