package org.chapterrelations.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults on the real local stack (KRaft broker, FerretDB, directory-service, survey-service): a consumer
 * killed with SIGKILL mid-stream, the broker stopped while writes go on, the store killed with SIGKILL while
 * writes go on, and a poison event dead-lettered and re-driven with the {@code dlq-replay} command.
 */
class FaultToleranceIT {

    private static final int PORT_OFFSET = 2000;
    private static final String TOPIC = "directory.chapters.v1";
    private static final String SURVEY_GROUP = "survey-service";
    private static final String SURVEY_DLQ = TOPIC + ".survey-service.dlq";

    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningStack stack;
    private static String staffToken;

    @BeforeAll
    static void startStack() throws IOException {
        stack = LocalStack.start(TestStacks.fresh("fault-tolerance", PORT_OFFSET)
                .withServices(List.of("auth-server", "directory-service", "survey-service")));
        staffToken = new DemoTokens(stack.authUrl()).accessToken("staff");
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /**
     * 2,000 events: 800 chapters registered, all renamed, 400 of them retired; the consumer dies in between. (5,000
     * on the old in-JVM store; on FerretDB 1.24 every write costs time in proportion to its collection's size, see
     * docs/ferretdb.md, and 5,000 took longer than the three minutes allowed.)
     */
    @Test
    void aConsumerKilledMidStreamEndsAsIfEveryEventWasAppliedOnce() throws Exception {
        List<ProducerRecord<String, byte[]>> firstHalf = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> secondHalf = new ArrayList<>();
        for (int i = 1; i <= 800; i++) {
            String code = "FT%04d".formatted(i);
            firstHalf.add(chapterEvent("directory.ChapterRegistered.v1", code, "Fault Chapter " + code, "active"));
            (i <= 200 ? firstHalf : secondHalf)
                    .add(chapterEvent("directory.ChapterUpdated.v1", code, "Renamed Chapter " + code, "active"));
            if (i % 2 == 0) {
                secondHalf.add(chapterEvent("directory.ChapterRetired.v1", code, "Renamed Chapter " + code, "retired"));
            }
        }
        assertThat(firstHalf.size() + secondHalf.size()).isEqualTo(2000);

        send(firstHalf);
        await("survey-service is part-way through the stream").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> rosterCodes("FT").size() >= 80);
        stack.kill("survey-service");
        send(secondHalf);
        stack.restart("survey-service");

        await("every event applied").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> lag(SURVEY_GROUP) == 0);
        List<JsonNode> owing = new ArrayList<>();
        roster().forEach(entry -> {
            if (entry.path("chapterId").asString().startsWith("FT")) {
                owing.add(entry);
            }
        });
        assertThat(owing).hasSize(400).allSatisfy(entry -> {
            assertThat(entry.path("name").asString()).isEqualTo("Renamed Chapter " + entry.path("chapterId").asString());
            assertThat(Integer.parseInt(entry.path("chapterId").asString().substring(2)) % 2).as("retired ones drop out")
                    .isOne();
        });
        assertThat(recordsOn(SURVEY_DLQ).stream().map(ConsumerRecord::key)).as("dead-lettered by the kill")
                .noneMatch(key -> key.startsWith("FT"));
    }

    @Test
    void writesAreAcceptedWhileTheBrokerIsDownAndTheirEventsGoOutWhenItReturns() throws Exception {
        stack.stop("kafka");
        try {
            await("directory-service reports itself not ready").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500)).until(() -> readiness(StackPorts.DIRECTORY) == 503);
            for (int i = 1; i <= 20; i++) {
                HttpResponse<String> created = post(StackPorts.DIRECTORY, "/api/directory/chapters", """
                        {"code":"BD%02d","name":"Broker Down Chapter %02d","kind":"regional","state":"NE","states":["NE","KS"]}"""
                        .formatted(i, i));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            }
            assertThat(get(StackPorts.DIRECTORY, "/api/directory/chapters/BD20").statusCode()).isEqualTo(200);
        } finally {
            stack.restart("kafka");
        }

        await("directory-service ready again").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> readiness(StackPorts.DIRECTORY) == 200);
        await("all 20 chapters reach survey-service").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> IntStream.rangeClosed(1, 20).allMatch(i -> rosterHolds("BD%02d".formatted(i))));
    }

    /** kill -9 of FerretDB while chapters are being registered: every 201 survives, the service heals by itself. */
    @Test
    void theStoreKilledDuringWritesLosesNoAcknowledgedWriteAndTheServiceRecoversByItself() throws Exception {
        List<String> acknowledged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int i = 1; writing.get(); i++) {
                String code = "SK%04d".formatted(i);
                try {
                    HttpResponse<String> created = post(StackPorts.DIRECTORY, "/api/directory/chapters", """
                            {"code":"%s","name":"Store Kill Chapter %s","kind":"regional","state":"OR","states":["OR","WA"]}"""
                            .formatted(code, code));
                    if (created.statusCode() == 201) {
                        acknowledged.add(code);
                    }
                } catch (RuntimeException requestFailed) {
                    // the service answers; a failure here is a timeout, and that write was not acknowledged
                }
            }
        }, "store-kill-writer");
        writer.start();
        try {
            await("some chapters stored").atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 20);
            stack.kill("ferretdb");

            await("directory-service reports itself not ready").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500)).until(() -> readiness(StackPorts.DIRECTORY) == 503);
            JsonNode notReady = JSON.readTree(get(StackPorts.DIRECTORY, "/actuator/health/readiness").body());
            assertThat(notReady.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(notReady.path("components").path("store").path("status").asString()).isEqualTo("OUT_OF_SERVICE");
            HttpResponse<String> refused = post(StackPorts.DIRECTORY, "/api/directory/chapters", """
                    {"code":"SKDOWN","name":"Written While The Store Is Down","kind":"regional","state":"OR","states":["OR","WA"]}""");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(refused.body()).path("status").asInt()).isEqualTo(503);

            stack.restart("ferretdb");
            await("directory-service ready again, without a restart of its own").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500)).until(() -> readiness(StackPorts.DIRECTORY) == 200);
            int before = acknowledged.size();
            await("writes succeed again").atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() > before);
        } finally {
            writing.set(false);
            writer.join(Duration.ofSeconds(30).toMillis());
        }
        assertThat(get(StackPorts.DIRECTORY, "/api/directory/chapters/SKDOWN").statusCode()).isEqualTo(404);
        for (String code : acknowledged) {
            assertThat(get(StackPorts.DIRECTORY, "/api/directory/chapters/" + code).statusCode())
                    .as("acknowledged chapter %s", code).isEqualTo(200);
        }
    }

    @Test
    void aPoisonEventIsDeadLetteredTheStreamGoesOnAndTheReplayCommandReDrivesIt() throws Exception {
        String poisonId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(TOPIC, null, "PZ01",
                "{\"chapterId\":\"PZ01\",\"name\":\"No status\"}".getBytes(UTF_8),
                ceHeaders(poisonId, "directory.ChapterRegistered.v1", "PZ01"));
        send(List.of(poison, chapterEvent("directory.ChapterRegistered.v1", "PZ02", "After The Poison", "active")));

        await("the event after the poison is applied").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> rosterHolds("PZ02"));
        await("the poison is dead-lettered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> recordsOn(SURVEY_DLQ).stream().anyMatch(r -> poisonId.equals(header(r, "ce_id"))));

        DeadLetterReplay.Outcome outcome = new DeadLetterReplay(stack.ports().kafkaBootstrap()).replay(SURVEY_DLQ);
        assertThat(outcome.replayed()).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> redriven = recordsOn(TOPIC).stream()
                .filter(r -> poisonId.equals(header(r, "ce_id"))).toList();
        assertThat(redriven).hasSize(2);
        ConsumerRecord<String, byte[]> copy = redriven.get(1);
        assertThat(copy.key()).isEqualTo("PZ01");
        assertThat(header(copy, "ce_type")).isEqualTo("directory.ChapterRegistered.v1");
        assertThat(copy.headers().lastHeader("x-exception-message")).isNull();
        assertThat(copy.headers().lastHeader("x-original-topic")).isNull();
        // Still malformed (no fix was made): it returns to the dead-letter topic, and a second replay re-drives
        // only that new dead letter, never the one already replayed.
        await("the re-driven poison is dead-lettered again").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> recordsOn(SURVEY_DLQ).stream().filter(r -> poisonId.equals(header(r, "ce_id"))).count() == 2);
        assertThat(new DeadLetterReplay(stack.ports().kafkaBootstrap()).replay(SURVEY_DLQ).replayed()).isEqualTo(1);
        assertThat(rosterHolds("PZ01")).isFalse();
    }

    /** The import is cut short by SIGKILL; sending the same file again completes it, each chapter announced once. */
    @Test
    void anImportCutShortByACrashIsCompletedBySendingTheFileAgainWithNothingLostOrDoubled() throws Exception {
        int rows = 1500;
        StringBuilder csv = new StringBuilder("code,name,kind,state\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("IM%04d,Import Chapter %04d,state,IA\n".formatted(i, i));
        }
        var firstRun = HTTP.sendAsync(request(StackPorts.DIRECTORY, "/api/directory/imports/chapters")
                .timeout(IMPORT_TIMEOUT).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        await("the import has written some chapters").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> importedChapters() > 0);
        stack.kill("directory-service");
        assertThat(firstRun).as("the first run was cut short, not finished").failsWithin(Duration.ofSeconds(30));
        stack.restart("directory-service");

        HttpResponse<String> secondRun = send(request(StackPorts.DIRECTORY, "/api/directory/imports/chapters")
                .timeout(IMPORT_TIMEOUT).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
        assertThat(secondRun.statusCode()).as(secondRun.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(secondRun.body());
        assertThat(summary.path("created").asInt()).as("created by the second run").isLessThan(rows);
        assertThat(summary.path("created").asInt() + summary.path("unchanged").asInt()).isEqualTo(rows);
        assertThat(importedChapters()).isEqualTo(rows);

        await("every imported chapter reaches survey-service").atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1)).until(() -> importedChaptersInRoster() == rows);
        Map<String, Set<String>> registrationIds = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : recordsOn(TOPIC)) {
            if (record.key().startsWith("IM") && "directory.ChapterRegistered.v1".equals(header(record, "ce_type"))) {
                registrationIds.computeIfAbsent(record.key(), key -> new HashSet<>()).add(header(record, "ce_id"));
            }
        }
        assertThat(registrationIds).as("chapters announced").hasSize(rows);
        assertThat(registrationIds.values()).as("one ChapterRegistered (one ce_id) per chapter")
                .allSatisfy(ids -> assertThat(ids).hasSize(1));
    }

    private static int importedChapters() {
        HttpResponse<String> response = get(StackPorts.DIRECTORY, "/api/directory/chapters?q=Import%20Chapter&size=1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("page").path("totalElements").asInt();
    }

    private static int importedChaptersInRoster() {
        return rosterCodes("IM").size();
    }

    private static ProducerRecord<String, byte[]> chapterEvent(String type, String code, String name, String status) {
        String data = """
                {"chapterId":"%s","code":"%s","name":"%s","kind":"state","state":"NE","status":"%s","changedFields":["name"]}"""
                .formatted(code, code, name, status);
        return new ProducerRecord<>(TOPIC, null, code, data.getBytes(UTF_8),
                ceHeaders(UUID.randomUUID().toString(), type, code));
    }

    private static RecordHeaders ceHeaders(String id, String type, String subject) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_id", id, "ce_source", "/fault-tolerance-it", "ce_type", type, "ce_subject", subject,
                "ce_time", Instant.now().toString(), "ce_specversion", "1.0", "content-type", "application/json")
                .forEach((key, value) -> headers.add(key, value.getBytes(UTF_8)));
        return headers;
    }

    private static void send(List<ProducerRecord<String, byte[]>> records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.ports().kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> recordsOn(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.ports().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "fault-it-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(2).toNanos()) {
                var batch = consumer.poll(Duration.ofMillis(300));
                if (!batch.isEmpty()) {
                    batch.forEach(records::add);
                    quietSince = System.nanoTime();
                }
            }
        }
        return records;
    }

    /** Records on the topic the group has not committed yet, over every partition. */
    private static long lag(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.ports().kafkaBootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()
                    .forEach(p -> latest.put(new TopicPartition(TOPIC, p.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    /** Every chapter in survey-service's roster, page by page. */
    private static List<JsonNode> roster() {
        List<JsonNode> entries = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = get(StackPorts.SURVEY, "/api/surveys/roster?size=2000&sort=chapterId&page=" + page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            body.path("content").forEach(entries::add);
            if (page + 1 >= body.path("page").path("totalPages").asInt()) {
                return entries;
            }
        }
    }

    private static Set<String> rosterCodes(String prefix) {
        Set<String> codes = new HashSet<>();
        roster().forEach(entry -> {
            if (entry.path("chapterId").asString().startsWith(prefix)) {
                codes.add(entry.path("chapterId").asString());
            }
        });
        return codes;
    }

    private static boolean rosterHolds(String code) {
        for (JsonNode entry : roster()) {
            if (code.equals(entry.path("chapterId").asString())) {
                return true;
            }
        }
        return false;
    }

    private static int readiness(int defaultPort) {
        try {
            return get(defaultPort, "/actuator/health/readiness").statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static HttpResponse<String> get(int defaultPort, String path) {
        return send(request(defaultPort, path).GET());
    }

    private static HttpResponse<String> post(int defaultPort, String path, String json) {
        return send(request(defaultPort, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder request(int defaultPort, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + stack.ports().shifted(defaultPort) + path))
                .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + staffToken);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
