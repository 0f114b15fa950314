package org.stepwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite for the command line: options with bad values, and
 * broken data and model files. Each case checks the one line on stderr
 * (what is wrong, and for options the option, value and allowed range),
 * the exit code, that nothing was printed on stdout and that no file was
 * written. The settings panel's half is org.stepwise.ui.config.BadSettingsTest.
 */
class BadInputSuiteTest {

    @TempDir
    Path dir;

    /** Runs the command and checks exit code 2, silence on stdout and one line on stderr. */
    private static String refusedAsBadValue(String... args) {
        return refused(2, args);
    }

    private static String refused(int exitCode, String... args) {
        CommandRuns run = CommandRuns.run(args);
        assertEquals(exitCode, run.exitCode(), run.err());
        assertEquals("", run.out(), "nothing on stdout");
        List<String> lines = run.errLines();
        assertEquals(1, lines.size(), "one line on stderr: " + run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        return lines.get(0);
    }

    // ---- options of train (shared by study through ConfigOptions) ----

    @Test
    void learningRateAboveTheLimit() {
        assertEquals("stepwise: --lr 1000 is out of range; allowed: above 0 to 100",
                refusedAsBadValue("train", "--lr", "1000"));
    }

    @Test
    void negativeLearningRate() {
        assertEquals("stepwise: --lr -0.5 is out of range; allowed: above 0 to 100",
                refusedAsBadValue("train", "--lr", "-0.5"));
    }

    @Test
    void learningRateThatIsNotANumber() {
        assertEquals("stepwise: Invalid value for option '--lr': 'fast' is not a number, such as 0.05"
                + " (see 'stepwise train --help')", refusedAsBadValue("train", "--lr", "fast"));
    }

    @Test
    void hiddenLayerOfZero() {
        assertEquals("stepwise: --hidden 0 is out of range; allowed: 1 to 8,192",
                refusedAsBadValue("train", "--hidden", "32,0"));
    }

    @Test
    void hiddenLayerThatIsNotANumber() {
        String line = refusedAsBadValue("train", "--hidden", "32,big");
        assertTrue(line.contains("'--hidden'") && line.contains("'big' is not a whole number"), line);
    }

    @Test
    void batchOfZero() {
        assertEquals("stepwise: --batch 0 is out of range; allowed: 1 to 2,147,483,647",
                refusedAsBadValue("train", "--batch", "0"));
    }

    @Test
    void batchLargerThanTheTrainingSet() {
        assertEquals("stepwise: --batch 60001 is out of range; allowed: 1 to 60,000",
                refusedAsBadValue("train", "--batch", "60001"));
    }

    @Test
    void zeroSections() {
        assertEquals("stepwise: --sections 0 is out of range; allowed: 1 to 2,147,483,647",
                refusedAsBadValue("train", "--sections", "0"));
    }

    @Test
    void negativeStepsPerSection() {
        assertEquals("stepwise: --steps-per-section -1 is out of range; allowed: 1 to 2,147,483,647",
                refusedAsBadValue("train", "--steps-per-section", "-1"));
    }

    @Test
    void exponentialDecayAboveOne() {
        assertEquals("stepwise: --decay 1.5 is out of range; allowed: above 0 to 1",
                refusedAsBadValue("train", "--schedule", "exponential", "--decay", "1.5"));
    }

    @Test
    void negativeInverseTimeDecay() {
        assertEquals("stepwise: --decay -1 is out of range; allowed: from 0 to 100",
                refusedAsBadValue("train", "--schedule", "inverse-time", "--decay", "-1"));
    }

    @Test
    void polynomialPowerOfZero() {
        assertEquals("stepwise: --power 0 is out of range; allowed: above 0 to 100",
                refusedAsBadValue("train", "--schedule", "polynomial", "--power", "0"));
    }

    @Test
    void negativeEndRate() {
        assertEquals("stepwise: --end-lr -0.1 is out of range; allowed: from 0 to 100",
                refusedAsBadValue("train", "--schedule", "polynomial", "--end-lr", "-0.1"));
    }

    @Test
    void unknownSchedule() {
        assertEquals("stepwise: --schedule 'cosine' is not one of"
                + " constant|piecewise|exponential|inverse-time|polynomial",
                refusedAsBadValue("train", "--schedule", "cosine"));
    }

    @Test
    void unknownOptimizer() {
        assertEquals("stepwise: --optimizer 'lbfgs' is not one of sgd|adam",
                refusedAsBadValue("train", "--optimizer", "lbfgs"));
    }

    @Test
    void seedThatIsNotAWholeNumber() {
        assertEquals("stepwise: Invalid value for option '--seed': '1.5' is not a whole number"
                + " (see 'stepwise train --help')", refusedAsBadValue("train", "--seed", "1.5"));
    }

    @Test
    void sectionsTooLargeForAWholeNumber() {
        String line = refusedAsBadValue("train", "--sections", "99999999999");
        assertTrue(line.contains("'99999999999' is too large a whole number (at most 2147483647)"), line);
    }

    @Test
    void dataFolderThatDoesNotExist() {
        Path missing = dir.resolve("no-such-folder");
        assertEquals("stepwise: --data " + missing + " is not a folder; give the folder that holds the"
                + " four IDX files", refusedAsBadValue("train", "--data", missing.toString()));
    }

    @Test
    void saveIntoAFolderThatDoesNotExist() {
        Path target = dir.resolve("missing").resolve("net.json");
        assertEquals("stepwise: --save " + target + ": the folder " + target.getParent()
                + " does not exist; create it first or give another path",
                refusedAsBadValue("train", "--save", target.toString()));
        assertFalse(Files.exists(target.getParent()), "nothing was created");
    }

    @Test
    void saveOntoAFolder() {
        assertEquals("stepwise: --save " + dir + " is a folder; give a file name",
                refusedAsBadValue("train", "--save", dir.toString()));
    }

    // ---- options of the other commands ----

    @Test
    void studyWithZeroRuns() {
        assertEquals("stepwise: --runs must be at least 1, got 0 (see 'stepwise study --help')",
                refusedAsBadValue("study", "--runs", "0"));
    }

    @Test
    void studyOutIntoAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("results.txt"), "keep me");
        assertEquals("stepwise: --out " + file + " is a file; give a folder for the files to go in",
                refusedAsBadValue("study", "--preset", "figure-4", "--runs", "1", "--out", file.toString()));
        assertEquals("keep me", Files.readString(file), "the file is untouched");
    }

    @Test
    void studyWithAnUnknownPreset() {
        String line = refusedAsBadValue("study", "--preset", "figure-99");
        assertTrue(line.startsWith("stepwise: --preset 'figure-99' is not one of figure-4,"), line);
    }

    @Test
    void classifyTopOfEleven() throws IOException {
        assertEquals("stepwise: --top must be from 1 to 10, got 11 (see 'stepwise classify --help')",
                refusedAsBadValue("classify", "--top", "11", dir.resolve("seven.png").toString()));
    }

    @Test
    void classifyWithAMissingModel() {
        Path model = dir.resolve("gone.json");
        assertEquals("stepwise: --model " + model + " does not exist; give an existing file",
                refusedAsBadValue("classify", "--model", model.toString(), "seven.png"));
    }

    @Test
    void benchWithZeroThreads() {
        assertEquals("stepwise: --threads must be at least 1, got 0 (see 'stepwise bench --help')",
                refusedAsBadValue("bench", "--threads", "0"));
    }

    @Test
    void pretrainIntoAFolderThatDoesNotExist() {
        Path target = dir.resolve("nowhere").resolve("model.json");
        assertEquals("stepwise: --out " + target + ": the folder " + target.getParent()
                + " does not exist; create it first or give another path",
                refusedAsBadValue("pretrain", "--out", target.toString()));
    }

    @Test
    void unknownOption() {
        assertEquals("stepwise: Unknown options: '--learning-rate', '0.1' (see 'stepwise train --help')",
                refusedAsBadValue("train", "--learning-rate", "0.1"));
    }

    // ---- broken model files ----

    private String refusedModel(String content) throws IOException {
        Path model = Files.writeString(dir.resolve("model.json"), content);
        String line = refused(1, "classify", "--model", model.toString(),
                dir.resolve("seven.png").toString());
        assertTrue(line.startsWith("stepwise: " + model + ": "), line);
        assertEquals(content, Files.readString(model), "the file is left as it was");
        return line;
    }

    @Test
    void modelThatIsNotJson() throws IOException {
        String line = refusedModel("this is not a model");
        assertTrue(line.toLowerCase().contains("json"), line);
    }

    @Test
    void modelFromAnotherProgram() throws IOException {
        String line = refusedModel("{\"format\": \"keras\", \"layers\": []}");
        assertTrue(line.contains("stepwise-model"), line);
    }

    @Test
    void truncatedModel() throws IOException {
        String line = refusedModel("{\"format\": \"stepwise-model\", \"version\": 1, \"layers\": [");
        assertTrue(line.toLowerCase().contains("ends") || line.toLowerCase().contains("truncated")
                || line.toLowerCase().contains("end of"), line);
    }

    // ---- broken IDX data ----

    private static byte[] idxHeader(int magic, int... dimensions) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeInt(bytes, magic);
        for (int d : dimensions) {
            writeInt(bytes, d);
        }
        return bytes.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private Path dataFolderWithTrainImages(byte[] trainImages) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Files.write(folder.resolve("train-images-idx3-ubyte"), trainImages);
        byte[] labels = idxHeader(0x801, 1);
        byte[] images = idxHeader(0x803, 1, 28, 28);
        Files.write(folder.resolve("train-labels-idx1-ubyte"), java.util.Arrays.copyOf(labels, labels.length
                + 1));
        Files.write(folder.resolve("t10k-images-idx3-ubyte"), java.util.Arrays.copyOf(images, images.length
                + 784));
        Files.write(folder.resolve("t10k-labels-idx1-ubyte"), java.util.Arrays.copyOf(labels, labels.length
                + 1));
        return folder;
    }

    private String refusedData(byte[] trainImages) throws IOException {
        Path folder = dataFolderWithTrainImages(trainImages);
        String line = refused(1, "train", "--data", folder.toString(), "--sections", "1");
        assertTrue(line.contains("train-images-idx3-ubyte"), "names the file: " + line);
        return line;
    }

    @Test
    void dataFolderWithoutOneOfItsFourFiles() throws IOException {
        Path folder = dataFolderWithTrainImages(idxHeader(0x803, 1, 28, 28));
        Files.delete(folder.resolve("t10k-labels-idx1-ubyte"));
        String line = refused(1, "train", "--data", folder.toString(), "--sections", "1");
        assertTrue(line.startsWith("stepwise: " + folder + ": expected the four IDX files but found no"
                + " t10k-labels-idx1-ubyte"), line);
    }

    @Test
    void idxWithTheWrongMagicNumber() throws IOException {
        String line = refusedData(idxHeader(0x801, 1, 28, 28));
        assertTrue(line.endsWith("expected magic 0x00000803 (unsigned-byte images, 3 dimensions) but found"
                + " 0x00000801 (unsigned byte, 1 dimension; this looks like a labels file)"), line);
    }

    @Test
    void idxTruncatedInsideItsHeader() throws IOException {
        String line = refusedData(new byte[] {0, 0, 8, 3, 0});
        assertTrue(line.endsWith("header is truncated: expected 16 bytes (magic number and 3 dimension"
                + " sizes) but found 5"), line);
    }

    @Test
    void idxWithImagesOfTheWrongSize() throws IOException {
        byte[] header = idxHeader(0x803, 1, 32, 32);
        String line = refusedData(java.util.Arrays.copyOf(header, header.length + 32 * 32));
        assertTrue(line.contains("28") && line.contains("32"), line);
    }

    @Test
    void idxWhosePixelsStopShort() throws IOException {
        byte[] header = idxHeader(0x803, 2, 28, 28);
        byte[] file = new byte[header.length + 28 * 28];
        System.arraycopy(header, 0, file, 0, header.length);
        String line = refusedData(file);
        assertTrue(line.endsWith("data is truncated: expected 1568 bytes after the header (2 images of"
                + " 28 x 28) but found 784"), line);
    }

    @Test
    void idxThatIsABrokenGzip() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("x".repeat(4000).getBytes(StandardCharsets.US_ASCII));
        }
        byte[] whole = gz.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        String line = refusedData(cut);
        assertTrue(line.contains("expected a valid gzip stream but it is corrupt or cut short"), line);
    }
}
