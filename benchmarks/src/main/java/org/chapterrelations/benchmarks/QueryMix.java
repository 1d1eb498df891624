package org.chapterrelations.benchmarks;

import java.util.List;

/**
 * The searches a directory user types, sent in rotation: whole names, pieces of words, codes, cities,
 * and searches that find nothing (the slowest kind for a scan: every document is looked at).
 */
record QueryMix(String path, List<String> queries) {

    static final QueryMix CHAPTERS = new QueryMix("/api/directory/chapters", List.of(
            "Portland",                       // city
            "pharm",                          // piece of a word
            "BENCH-0042",                     // code
            "Student Engineers at",           // words of a name
            "savannah",                       // city, lower-case
            "valley chapter",                 // two words
            "bench-31",                       // partial code
            "zzyzx",                          // nothing
            "Great Lakes Regional",           // a regional chapter's name
            "librar",                         // piece of a word
            "San",                            // prefix of several cities
            "Community College"));            // a student chapter's school

    static final QueryMix PEOPLE = new QueryMix("/api/directory/people", List.of(
            "maria",                          // given name
            "Nguyen",                         // family name
            "son",                            // a piece inside names: matches no word's beginning
            "Priya Patel",                    // whole name
            "okafor",                         // family name
            "qwxyz",                          // nothing
            "ak",                             // short piece: no word starts with it
            "O'Brien",                        // apostrophe
            "chen",                           // family and given names
            "Zainab"));                       // given name

    String query(int index) {
        return queries.get(index % queries.size());
    }
}
