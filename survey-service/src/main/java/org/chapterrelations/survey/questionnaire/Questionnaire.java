package org.chapterrelations.survey.questionnaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One revision of a year's questionnaire. A draft may change; a published one is frozen, and a change
 * means a new revision, so that every report keeps the revision it was answered under.
 */
@Document("questionnaires")
@CompoundIndex(name = "year_revision", def = "{'year': 1, 'revision': 1}", unique = true)
public class Questionnaire {

    @Id
    private String id;
    private int year;
    private int revision;
    private QuestionnaireStatus status;
    private List<Section> sections;
    private Integer copiedFromYear;
    private Instant createdAt;
    private Instant publishedAt;
    @Version
    private Long version;

    Questionnaire() {
    }

    static Questionnaire draft(int year, int revision, List<Section> sections, Integer copiedFromYear, Instant now) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.id = id(year, revision);
        questionnaire.year = year;
        questionnaire.revision = revision;
        questionnaire.status = QuestionnaireStatus.DRAFT;
        questionnaire.sections = List.copyOf(sections);
        questionnaire.copiedFromYear = copiedFromYear;
        questionnaire.createdAt = now;
        return questionnaire;
    }

    static String id(int year, int revision) {
        return year + "-r" + revision;
    }

    void replaceSections(List<Section> newSections) {
        sections = List.copyOf(newSections);
    }

    void publish(Instant now) {
        status = QuestionnaireStatus.PUBLISHED;
        publishedAt = now;
    }

    public boolean published() {
        return status == QuestionnaireStatus.PUBLISHED;
    }

    /** Every question in order, sections flattened. */
    public List<Question> questions() {
        List<Question> all = new ArrayList<>();
        sections.forEach(section -> all.addAll(section.questions()));
        return all;
    }

    public Map<String, Question> questionsByKey() {
        Map<String, Question> byKey = new LinkedHashMap<>();
        questions().forEach(question -> byKey.put(question.key(), question));
        return byKey;
    }

    public Optional<Question> question(String key) {
        return Optional.ofNullable(questionsByKey().get(key));
    }

    public String id() {
        return id;
    }

    public int year() {
        return year;
    }

    public int revision() {
        return revision;
    }

    public QuestionnaireStatus status() {
        return status;
    }

    public List<Section> sections() {
        return sections;
    }

    public Integer copiedFromYear() {
        return copiedFromYear;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Long version() {
        return version;
    }
}
