package org.chapterrelations.survey.support;

/** A questionnaire asking every question type, with conditional questions. */
public final class Fixtures {

    /** Every type; advocacy_summary shows when has_advocacy is true, broadband_detail when focus is broadband. */
    public static final String QUESTIONNAIRE = """
            {"sections":[
              {"key":"profile","title":"Chapter profile","questions":[
                {"key":"members","type":"integer","label":"Members on 31 December","required":true,"min":0},
                {"key":"website","type":"url","label":"Website"},
                {"key":"contact_email","type":"email","label":"Contact email","required":true},
                {"key":"budget","type":"currency","label":"Annual budget (USD)","min":0},
                {"key":"growth_rate","type":"number","label":"Membership growth (%)","min":-100,"max":1000},
                {"key":"founded_on","type":"date","label":"Founded on"}]},
              {"key":"activity","title":"Activity","questions":[
                {"key":"has_advocacy","type":"yes-no","label":"Did you advocate this year?","required":true},
                {"key":"advocacy_summary","type":"long-text","label":"Summarise your advocacy","required":true,
                 "showIf":{"questionKey":"has_advocacy","equals":true}},
                {"key":"focus","type":"single-choice","label":"Main focus","required":true,
                 "choices":["funding","literacy","broadband"]},
                {"key":"broadband_detail","type":"text","label":"Which broadband programme?","required":true,
                 "showIf":{"questionKey":"focus","in":["broadband"]}},
                {"key":"topics","type":"multi-choice","label":"Topics",
                 "choices":["funding","privacy","copyright","access"]},
                {"key":"satisfaction","type":"scale","label":"Satisfaction with the association","required":true},
                {"key":"events","type":"table","label":"Events held","columns":[
                  {"key":"name","type":"text","label":"Name","required":true},
                  {"key":"held_on","type":"date","label":"Date","required":true},
                  {"key":"attendance","type":"integer","label":"Attendance","min":0}]},
                {"key":"highlights","type":"text","label":"Highlight of the year","helpText":"One sentence."}]}]}""";

    /** A complete set of answers to {@link #QUESTIONNAIRE}. */
    public static final String COMPLETE_ANSWERS = """
            {"answers":{"members":120,"website":"https://cla.example.org","contact_email":"office@cla.example.org",
             "budget":15000.5,"growth_rate":2.5,"founded_on":"1895-03-01","has_advocacy":true,
             "advocacy_summary":"Testified twice on library funding.","focus":"funding","topics":["funding","access"],
             "satisfaction":4,"events":[{"name":"Annual conference","held_on":"2026-10-02","attendance":800}],
             "highlights":"Our conference."}}""";

    private Fixtures() {
    }
}
