package org.chapterrelations.legislation.sync;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server answering as the Open States API v3 ({@code GET /bills}) and the Congress.gov API
 * ({@code GET /bill}, {@code /bill/{congress}/{type}/{number}[/actions|/cosponsors]}) do, in their published
 * shapes, from bills a test puts in and changes. Lists are computed at each request (filter by update time,
 * sort oldest update first, slice), so a bill changed between two requests moves as it would there. A test can
 * script the next answers (429 with Retry-After, 500) and act when a request arrives.
 */
final class FakeBillApis implements AutoCloseable {

    static final String OPEN_STATES_KEY = "os-test-key";
    static final String CONGRESS_KEY = "cg-test-key";

    /** A bill of either API: its list fields, and (Congress) its actions and cosponsors as JSON objects. */
    static final class FakeBill {
        final String jurisdiction;
        final String identifier;
        final String title;
        Instant updatedAt;
        final List<String> actions = new CopyOnWriteArrayList<>();
        final List<String> cosponsors = new CopyOnWriteArrayList<>();

        FakeBill(String jurisdiction, String identifier, String title, Instant updatedAt) {
            this.jurisdiction = jurisdiction;
            this.identifier = identifier;
            this.title = title;
            this.updatedAt = updatedAt;
        }
    }

    /** One request as it came: path, decoded query parameters (all values), and the API-key header. */
    record Request(String path, Map<String, List<String>> query, String apiKeyHeader) {

        String param(String name) {
            List<String> values = query.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private record Scripted(int status, String retryAfter) {
    }

    private final HttpServer server;
    private final List<FakeBill> bills = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Scripted> script = new ArrayDeque<>();
    private final Map<Integer, Consumer<Request>> onRequest = new ConcurrentHashMap<>();

    FakeBillApis() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakeBill add(String jurisdiction, String identifier, String title, Instant updatedAt) {
        FakeBill bill = new FakeBill(jurisdiction, identifier, title, updatedAt);
        bills.add(bill);
        return bill;
    }

    /** The next answers, in order, whatever is asked (then the data again). */
    synchronized void thenAnswer(int status, String retryAfter) {
        script.addLast(new Scripted(status, retryAfter));
    }

    /** Runs {@code action} when the request numbered {@code number} (from 1, counting all) arrives. */
    void onRequest(int number, Consumer<Request> action) {
        onRequest.put(number, action);
    }

    /** The requests whose path starts with {@code prefix}, in arrival order. */
    List<Request> requests(String prefix) {
        return requests.stream().filter(request -> request.path().startsWith(prefix)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange.getRequestURI().getPath(), query(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("X-API-KEY"));
        requests.add(request);
        Consumer<Request> action = onRequest.remove(requests.size());
        if (action != null) {
            action.accept(request);
        }
        Scripted scripted;
        synchronized (this) {
            scripted = script.pollFirst();
        }
        if (scripted != null) {
            if (scripted.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", scripted.retryAfter());
            }
            send(exchange, scripted.status(), "{\"error\":\"scripted\"}");
            return;
        }
        if (request.path().equals("/bills")) {
            boolean keyed = OPEN_STATES_KEY.equals(request.apiKeyHeader());
            send(exchange, keyed ? 200 : 401, keyed ? openStatesPage(request) : "{\"detail\":\"bad key\"}");
        }
        else if (request.path().startsWith("/bill")) {
            boolean keyed = CONGRESS_KEY.equals(request.param("api_key"));
            send(exchange, keyed ? 200 : 403, keyed ? congress(request) : "{\"error\":\"API_KEY_INVALID\"}");
        }
        else {
            send(exchange, 404, "{}");
        }
    }

    private String openStatesPage(Request request) {
        String jurisdiction = request.param("jurisdiction");
        Instant since = Instant.parse(request.param("updated_since"));
        List<FakeBill> matching = sortedSince(bill -> jurisdiction.equals(
                "ocd-jurisdiction/country:us/state:" + bill.jurisdiction + "/government"), since);
        int perPage = Integer.parseInt(request.param("per_page"));
        int page = Integer.parseInt(request.param("page"));
        int maxPage = Math.max(1, (matching.size() + perPage - 1) / perPage);
        List<String> results = slice(matching, (page - 1) * perPage, perPage).stream().map(this::openStatesBill)
                .toList();
        return """
                {"results":[%s],"pagination":{"per_page":%d,"page":%d,"max_page":%d,"total_items":%d}}"""
                .formatted(String.join(",", results), perPage, page, maxPage, matching.size());
    }

    private String openStatesBill(FakeBill bill) {
        String code = bill.jurisdiction;
        return """
                {"id":"ocd-bill/%s","session":"2026",
                 "jurisdiction":{"id":"ocd-jurisdiction/country:us/state:%s/government","name":"%s","classification":"state"},
                 "from_organization":{"id":"ocd-organization/x","name":"House","classification":"lower"},
                 "identifier":"%s","title":"%s","classification":["bill"],"subject":["Libraries"],"extras":{},
                 "created_at":"2026-01-05T10:00:00.000000+00:00","updated_at":"%s",
                 "openstates_url":"https://openstates.org/%s/bills/2026/%s/",
                 "sponsorships":[{"id":"s1","name":"Rivera","entity_type":"person","organization":null,
                   "person":{"id":"ocd-person/1","name":"Rivera","party":"Democratic",
                             "current_role":{"title":"Representative","org_classification":"lower"}},
                   "primary":true,"classification":"primary"}],
                 "actions":[%s],
                 "sources":[{"url":"https://legislature.example/%s","note":""}]}"""
                .formatted(bill.identifier.replace(" ", ""), code, code.toUpperCase(), bill.identifier, bill.title,
                        bill.updatedAt.toString().replace("Z", ".000000+00:00"), code, bill.identifier.replace(" ", ""),
                        String.join(",", bill.actions), bill.identifier.replace(" ", ""));
    }

    /** An Open States v3 action. */
    static String openStatesAction(String date, String chamber, String classification, int order) {
        return """
                {"organization":{"id":"ocd-organization/%s","name":"%s","classification":"%s"},
                 "description":"%s","date":"%s","classification":["%s"],"order":%d}"""
                .formatted(chamber, chamber, chamber, classification + " in " + chamber, date, classification, order);
    }

    private String congress(Request request) {
        String[] parts = request.path().split("/");
        if (parts.length == 2) {
            Instant since = Instant.parse(request.param("fromDateTime"));
            List<FakeBill> matching = sortedSince(bill -> bill.jurisdiction.equals("us"), since);
            List<String> listed = page(request, matching).stream().map(this::congressListed).toList();
            return list("bills", listed, matching.size(), request);
        }
        FakeBill bill = bills.stream().filter(b -> b.jurisdiction.equals("us")
                && b.identifier.equalsIgnoreCase(parts[3] + " " + parts[4])).findFirst().orElseThrow();
        if (parts.length == 5) {
            return "{\"bill\":" + congressDetail(bill) + ",\"request\":{\"format\":\"json\"}}";
        }
        List<String> items = parts[5].equals("actions") ? bill.actions : bill.cosponsors;
        return list(parts[5], page(request, items), items.size(), request);
    }

    private String congressListed(FakeBill bill) {
        String[] typeAndNumber = bill.identifier.split(" ");
        return """
                {"congress":119,"type":"%s","number":"%s","originChamber":"House","originChamberCode":"H",
                 "title":"%s","updateDate":"%s","updateDateIncludingText":"%s",
                 "latestAction":{"actionDate":"2026-01-05","text":"Introduced in House"},
                 "url":"https://api.congress.gov/v3/bill/119/%s/%s?format=json"}"""
                .formatted(typeAndNumber[0], typeAndNumber[1], bill.title, bill.updatedAt, bill.updatedAt,
                        typeAndNumber[0].toLowerCase(), typeAndNumber[1]);
    }

    private String congressDetail(FakeBill bill) {
        String[] typeAndNumber = bill.identifier.split(" ");
        String link = "https://api.congress.gov/v3/bill/119/" + typeAndNumber[0].toLowerCase() + "/" + typeAndNumber[1];
        String cosponsors = bill.cosponsors.isEmpty() ? ""
                : ",\"cosponsors\":{\"count\":%d,\"countIncludingWithdrawnCosponsors\":%d,\"url\":\"%s/cosponsors\"}"
                        .formatted(bill.cosponsors.size(), bill.cosponsors.size(), link);
        return """
                {"congress":119,"type":"%s","number":"%s","originChamber":"House","originChamberCode":"H",
                 "title":"%s","introducedDate":"2026-01-05","updateDate":"%s",
                 "legislationUrl":"https://www.congress.gov/bill/119th-congress/house-bill/%s",
                 "policyArea":{"name":"Education"},
                 "sponsors":[{"bioguideId":"R000001","fullName":"Rep. Rivera, Ana [D-NM-1]","firstName":"Ana",
                              "lastName":"Rivera","party":"D","state":"NM"}],
                 "actions":{"count":%d,"url":"%s/actions"}%s}"""
                .formatted(typeAndNumber[0], typeAndNumber[1], bill.title, bill.updatedAt, typeAndNumber[1],
                        bill.actions.size(), link, cosponsors);
    }

    /** A Congress.gov action (the API lists them newest first). */
    static String congressAction(String date, String text, String code) {
        return """
                {"actionCode":"%s","actionDate":"%s","sourceSystem":{"code":9,"name":"Library of Congress"},
                 "text":"%s","type":"IntroReferral"}""".formatted(code, date, text);
    }

    static String congressCosponsor(String name, String party) {
        return """
                {"bioguideId":"X%s","fullName":"%s","party":"%s","state":"CA","isOriginalCosponsor":true,
                 "sponsorshipDate":"2026-01-06"}""".formatted(Math.abs(name.hashCode()), name, party);
    }

    private static <T> List<T> page(Request request, List<T> items) {
        return slice(items, Integer.parseInt(request.param("offset")), Integer.parseInt(request.param("limit")));
    }

    /** A Congress.gov list: its items under {@code field}, and {@code next} while more follow. */
    private String list(String field, List<String> items, int count, Request request) {
        int offset = Integer.parseInt(request.param("offset"));
        int limit = Integer.parseInt(request.param("limit"));
        String next = offset + limit < count
                ? ",\"next\":\"https://api.congress.gov/v3%s?offset=%d&limit=%d&format=json\""
                        .formatted(request.path(), offset + limit, limit)
                : "";
        return "{\"%s\":[%s],\"pagination\":{\"count\":%d%s},\"request\":{\"contentType\":\"application/json\"}}"
                .formatted(field, String.join(",", items), count, next);
    }

    private List<FakeBill> sortedSince(java.util.function.Predicate<FakeBill> which, Instant since) {
        return bills.stream().filter(which).filter(bill -> !bill.updatedAt.isBefore(since))
                .sorted(Comparator.comparing((FakeBill bill) -> bill.updatedAt).thenComparing(bill -> bill.identifier))
                .toList();
    }

    private static <T> List<T> slice(List<T> items, int from, int size) {
        return from >= items.size() ? List.of() : List.copyOf(items.subList(from, Math.min(items.size(), from + size)));
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), UTF_8);
                query.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = Objects.requireNonNull(body).getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
