package org.stepwise.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stepwise.train.Metric;
import org.stepwise.train.RunRecord;
import org.stepwise.train.StudyConfiguration;
import org.stepwise.train.StudyPlan;
import org.stepwise.train.StudyRunner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A study in progress: its plan and every run finished so far, step by step,
 * bit for bit (base64 of little-endian doubles, as model files hold weights).
 * Written after each finished run, so that a study cut short by closing the
 * window resumes where it stopped ({@link StudyRunner#run(StudyPlan,
 * org.stepwise.train.StudyListener, org.stepwise.train.RunControl, Map)}).
 */
public final class StudyProgressFile {

    public static final String FORMAT = "stepwise-study-progress";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A plan and its finished runs keyed by {@link StudyRunner#runKey}. */
    public record Progress(StudyPlan plan, Map<String, RunRecord> finished) {

        public Progress {
            finished = Map.copyOf(finished);
        }

        /** How many of the plan's runs are finished. */
        public int finishedRuns() {
            return finished.size();
        }

        /** How many runs the plan has in all. */
        public int totalRuns() {
            return plan.configurations().size() * plan.runs();
        }
    }

    private StudyProgressFile() {
    }

    /** Writes the progress, replacing an earlier file only once the new one is whole. */
    public static void save(Path file, Progress progress) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode plan = root.putObject("plan");
        plan.put("name", progress.plan().name());
        plan.put("description", progress.plan().description());
        plan.put("runs", progress.plan().runs());
        plan.put("baseSeed", progress.plan().baseSeed());
        ArrayNode configurations = plan.putArray("configurations");
        for (StudyConfiguration configuration : progress.plan().configurations()) {
            ObjectNode node = configurations.addObject();
            node.put("label", configuration.label());
            node.set("training", ConfigJson.write(configuration.config()));
        }
        ObjectNode finished = root.putObject("finished");
        for (Map.Entry<String, RunRecord> entry : new java.util.TreeMap<>(progress.finished()).entrySet()) {
            RunRecord record = entry.getValue();
            ObjectNode node = finished.putObject(entry.getKey());
            node.put("seed", record.seed());
            node.put("seconds", record.seconds());
            node.put("fullTestAccuracy", ModelJsonV1.encode(record.fullTestAccuracy()));
            ObjectNode series = node.putObject("series");
            for (Metric metric : Metric.values()) {
                series.put(metric.column(), ModelJsonV1.encode(record.values(metric)));
            }
        }
        AtomicFiles.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, root));
    }

    /** Reads a progress file, checking that every run fits its plan. */
    public static Progress load(Path file) throws IOException {
        String name = file.toString();
        JsonFields fields = new JsonFields(name);
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ModelFormatException(name,
                    "expected a study in progress in JSON but the content is not JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())
                || root.path("version").asInt() != VERSION) {
            throw new ModelFormatException(name, "expected \"format\": \"" + FORMAT + "\", version "
                    + VERSION);
        }
        JsonNode planNode = fields.object(root, "plan", "");
        List<StudyConfiguration> configurations = new ArrayList<>();
        JsonNode list = fields.array(planNode, "configurations", "plan");
        for (JsonNode node : list) {
            configurations.add(new StudyConfiguration(fields.text(node, "label", "plan.configurations"),
                    ConfigJson.read(fields.object(node, "training", "plan.configurations"), fields)));
        }
        StudyPlan plan;
        try {
            plan = new StudyPlan(fields.text(planNode, "name", "plan"), fields.text(planNode, "description",
                    "plan"),
                    configurations, fields.integer(planNode, "runs", "plan"),
                    fields.longInteger(planNode, "baseSeed", "plan"));
        } catch (IllegalArgumentException e) {
            throw fields.problem("plan", e.getMessage());
        }
        Map<String, RunRecord> finished = new LinkedHashMap<>();
        JsonNode finishedNode = fields.object(root, "finished", "");
        var names = finishedNode.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            String[] parts = key.split("/");
            int configuration;
            int run;
            try {
                configuration = Integer.parseInt(parts[0]);
                run = Integer.parseInt(parts[1]);
            } catch (RuntimeException e) {
                throw fields.problem("finished." + key, "expected a key such as \"0/3\" (configuration/run)");
            }
            if (configuration < 0 || configuration >= configurations.size() || run < 0
                    || run >= plan.runs()) {
                throw fields.problem("finished." + key, "there is no such run in the plan");
            }
            JsonNode node = finishedNode.get(key);
            String path = "finished." + key;
            int steps = configurations.get(configuration).config().totalSteps();
            Map<Metric, double[]> series = new EnumMap<>(Metric.class);
            for (Metric metric : Metric.values()) {
                series.put(metric, decode(fields.text(fields.object(node, "series", path), metric.column(),
                        path + ".series"), steps, path + ".series." + metric.column(), fields));
            }
            finished.put(key, new RunRecord(fields.longInteger(node, "seed", path), series,
                    decode(fields.text(node, "fullTestAccuracy", path),
                            configurations.get(configuration).config().sections(), path + ".fullTestAccuracy",
                            fields),
                    fields.number(node, "seconds", path)));
        }
        return new Progress(plan, finished);
    }

    private static double[] decode(String text, int count, String path, JsonFields fields)
            throws ModelFormatException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw fields.problem(path, "expected base64 text (" + e.getMessage() + ")");
        }
        if (bytes.length != count * Double.BYTES) {
            throw fields.problem(path, "expected " + count + " values but found "
                    + bytes.length / Double.BYTES);
        }
        double[] values = new double[count];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        return values;
    }
}
