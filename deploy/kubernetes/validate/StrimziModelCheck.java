import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.strimzi.api.kafka.model.common.UnknownPropertyPreserving;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks the rendered Strimzi resources (JSON files that deploy/kubernetes/validate wrote with -defer) against
 * Strimzi's own Java model (io.strimzi:api, the classes its CRDs are generated from): the apiVersion must be
 * one the model serves, every value must bind to its field's type (a string for a number fails), no field
 * may be unknown (the model keeps unknown ones aside: any there is an error), and every value must come back
 * when the bound object is written again (an enum value the model does not know is dropped). The CRD's
 * minimums, patterns and required fields are not in the model, so they are not checked here.
 *
 * <pre>java -cp "$(io.strimzi:api's classpath)" StrimziModelCheck.java DIR</pre>
 */
public class StrimziModelCheck {

    private static final Map<String, Class<?>> KINDS = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class);
    private static final Map<String, List<String>> VERSIONS = Map.of(
            "Kafka", Kafka.VERSIONS, "KafkaNodePool", KafkaNodePool.VERSIONS, "KafkaTopic", KafkaTopic.VERSIONS);

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int problems = 0;
        for (Path file : files) {
            List<String> errors = new ArrayList<>();
            JsonNode tree = mapper.readTree(file.toFile());
            String kind = tree.path("kind").asText();
            String apiVersion = tree.path("apiVersion").asText();
            Class<?> type = KINDS.get(kind);
            if (type == null) {
                errors.add("no model for kind " + kind);
            } else if (!apiVersion.startsWith("kafka.strimzi.io/")
                    || !VERSIONS.get(kind).contains(apiVersion.substring("kafka.strimzi.io/".length()))) {
                errors.add("apiVersion " + apiVersion + " is not one of kafka.strimzi.io/" + VERSIONS.get(kind));
            } else {
                try {
                    Object resource = mapper.treeToValue(tree, type);
                    unknownFields(resource, "", errors, new IdentityHashMap<>());
                    // What the model did not keep (an enum value it does not know becomes null, say) is
                    // missing when the bound object is written back.
                    JsonNode written = mapper.valueToTree(resource);
                    notKept(tree.path("spec"), written.path("spec"), "spec", errors);
                } catch (Exception e) {
                    errors.add(e.getMessage().lines().findFirst().orElse(e.toString()));
                }
            }
            for (String error : errors) {
                System.out.println(file.getFileName() + ": " + error);
            }
            problems += errors.size();
        }
        System.out.printf("Strimzi model %s: %d objects, %d problem(s)%n",
                Kafka.class.getPackage().getImplementationVersion(), files.size(), problems);
        System.exit(problems == 0 ? 0 : 1);
    }

    /** Every value of the input must come back from the model as it was. */
    private static void notKept(JsonNode given, JsonNode kept, String path, List<String> errors) {
        if (given.isObject()) {
            given.properties().forEach(field ->
                    notKept(field.getValue(), kept.path(field.getKey()), path + "." + field.getKey(), errors));
        } else if (given.isArray()) {
            for (int i = 0; i < given.size(); i++) {
                notKept(given.get(i), kept.path(i), path + "[" + i + "]", errors);
            }
        } else if (kept.isMissingNode() && isDefault(given)) {
            // The model leaves out default values (false, 0) when it writes.
        } else if (kept.isMissingNode() || kept.isNull() && !given.isNull()) {
            errors.add("value " + given + " of \"" + path + "\" is not accepted by the model");
        } else if (!given.equals(kept) && !given.asText().equals(kept.asText())) {
            errors.add("value " + given + " of \"" + path + "\" comes back from the model as " + kept);
        }
    }

    private static boolean isDefault(JsonNode value) {
        return value.isNull() || value.isBoolean() && !value.asBoolean() || value.isNumber() && value.asDouble() == 0;
    }

    /** Walks the bound model: every UnknownPropertyPreserving object must have kept no unknown property. */
    private static void unknownFields(Object value, String path, List<String> errors, Map<Object, Boolean> seen)
            throws Exception {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof ObjectMeta || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                unknownFields(entry.getValue(), path + "." + entry.getKey(), errors, seen);
            }
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", errors, seen);
            }
            return;
        }
        if (value instanceof UnknownPropertyPreserving preserving && preserving.getAdditionalProperties() != null) {
            for (String key : preserving.getAdditionalProperties().keySet()) {
                errors.add("unknown field \"" + (path + "." + key).substring(1) + "\"");
            }
        }
        if (!value.getClass().getName().startsWith("io.strimzi.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            String name = getter.getName();
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || name.equals("getClass") || name.equals("getAdditionalProperties")
                    || !(name.startsWith("get") || name.startsWith("is"))) {
                continue;
            }
            String property = name.startsWith("is") ? name.substring(2) : name.substring(3);
            if (property.isEmpty()) {
                continue;
            }
            property = Character.toLowerCase(property.charAt(0)) + property.substring(1);
            unknownFields(getter.invoke(value), path + "." + property, errors, seen);
        }
    }
}
