package org.stepwise.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the MNIST copy that ships with Stepwise and checks it before use.
 *
 * <p>The four gzipped IDX files ({@code train-images-idx3-ubyte.gz},
 * {@code train-labels-idx1-ubyte.gz}, {@code t10k-images-idx3-ubyte.gz},
 * {@code t10k-labels-idx1-ubyte.gz}) sit in {@code assets/mnist} beside a
 * {@code SHA256SUMS} file in {@code sha256sum} format. Each file is read
 * once into memory, its SHA-256 sum compared with the listed one, and only
 * then parsed, so a damaged download is reported as a checksum mismatch
 * rather than as a puzzling format error.
 *
 * @implNote Each compressed file is held in memory while it is checked and
 *           parsed (10 MB at most for MNIST), so that it is read only once.
 */
public final class ShippedData {

    /** Where the data sits, relative to a search directory or the classpath root. */
    public static final String ASSET_PATH = "assets/mnist";

    /** The checksum list beside the data, in {@code sha256sum} format. */
    public static final String CHECKSUMS = "SHA256SUMS";

    private static final Logger LOG =
            System.getLogger(ShippedData.class.getName());

    // "<64 hex digits><space><space or * for binary mode><file name>"
    private static final Pattern CHECKSUM_LINE =
            Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

    private ShippedData() {
    }

    /**
     * Loads and verifies the shipped MNIST from the first place it is found:
     * <ol>
     * <li>{@code assets/mnist} under the working directory;</li>
     * <li>{@code assets/mnist} under the directory holding Stepwise's classes
     * (or the directory of its jar) and under each parent of that directory,
     * so {@code java -jar target/stepwise.jar} works from the project
     * root and from {@code target};</li>
     * <li>the classpath resources {@code /assets/mnist/<name>}, as packed
     * into the jar.</li>
     * </ol>
     * A directory counts as found when it holds {@code SHA256SUMS}.
     *
     * @return MNIST's 60,000 training and 10,000 test images
     * @throws NoSuchFileException        if no copy is found (the message lists
     *                                    every place searched) or a file is
     *                                    missing from the copy found
     * @throws ChecksumMismatchException  if a file's SHA-256 sum differs from
     *                                    the listed one
     * @throws IdxFormatException         if a file passes the check but is not
     *                                    valid IDX, or {@code SHA256SUMS}
     *                                    lists no sum for it
     * @throws IOException                if a file cannot be read
     */
    public static Datasets loadMnist() throws IOException {
        List<Path> directories = searchDirectories();
        for (Path directory : directories) {
            if (Files.isRegularFile(directory.resolve(CHECKSUMS))) {
                return loadMnist(directory);
            }
        }

        ClassLoader loader = ShippedData.class.getClassLoader();
        if (loader.getResource(ASSET_PATH + "/" + CHECKSUMS) != null) {
            return loadFromClasspath(loader);
        }

        throw new NoSuchFileException(ASSET_PATH + "/" + CHECKSUMS, null,
                "cannot find the MNIST data shipped with Stepwise; looked in "
                        + directories + " and on the classpath at /"
                        + ASSET_PATH + "/. Run Stepwise from its project"
                        + " folder, or restore assets/mnist from a fresh"
                        + " clone.");
    }

    /**
     * Loads and verifies the four gzipped MNIST files from one directory.
     *
     * @param directory a directory holding the four {@code .gz} files and
     *                  {@code SHA256SUMS}, such as {@code assets/mnist}
     * @return MNIST's training and test images
     * @throws NoSuchFileException       if {@code SHA256SUMS} or a data file
     *                                   is missing
     * @throws ChecksumMismatchException if a file's SHA-256 sum differs from
     *                                   the listed one
     * @throws IdxFormatException        as for {@link #loadMnist()}
     * @throws IOException               if a file cannot be read
     */
    public static Datasets loadMnist(Path directory) throws IOException {
        return load(new DirectorySource(directory.toAbsolutePath().normalize()));
    }

    /** Loads from {@code <loader root>/assets/mnist/}; tests pass their own loader. */
    static Datasets loadFromClasspath(ClassLoader loader) throws IOException {
        return load(new ClasspathSource(loader));
    }

    /**
     * The directories {@link #loadMnist()} searches, in order: below the
     * working directory, then below the code's location and each parent.
     */
    static List<Path> searchDirectories() {
        return searchDirectories(ASSET_PATH);
    }

    /**
     * Where any shipped asset folder is looked for, in the order
     * {@link #loadMnist()} uses: {@code assetPath} under the working
     * directory, then under the directory of Stepwise's classes (or jar) and
     * each of its parents. Other shipped files, such as the pre-trained
     * model, are found the same way.
     *
     * @param assetPath a relative folder such as {@code assets/models}
     * @return absolute candidate folders, first choice first, none repeated;
     *         they need not exist
     */
    public static List<Path> searchDirectories(String assetPath) {
        Set<Path> directories = new LinkedHashSet<>();
        directories.add(Path.of("").toAbsolutePath().resolve(assetPath));

        Optional<Path> code = codeDirectory();
        for (Path p = code.orElse(null); p != null; p = p.getParent()) {
            directories.add(p.resolve(assetPath));
        }
        return List.copyOf(directories);
    }

    /** The directory of our classes, or of the jar holding them, if on disk. */
    private static Optional<Path> codeDirectory() {
        CodeSource code = ShippedData.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return Optional.empty();
        }

        try {
            Path location = Path.of(code.getLocation().toURI());
            return Optional.of(Files.isRegularFile(location)
                    ? location.toAbsolutePath().getParent()
                    : location.toAbsolutePath());
        } catch (URISyntaxException | IllegalArgumentException
                | FileSystemNotFoundException | SecurityException e) {
            // Not a plain file (a custom class loader, say): search elsewhere.
            LOG.log(Level.DEBUG, "cannot resolve the code location "
                    + code.getLocation() + " to a directory", e);
            return Optional.empty();
        }
    }

    private static Datasets load(Source source) throws IOException {
        long start = System.nanoTime();
        Map<String, String> sums = readChecksums(source);

        MnistDataset training = dataset(source, sums, Datasets.TRAINING_IMAGES,
                Datasets.TRAINING_LABELS, "MNIST training set");
        MnistDataset test = dataset(source, sums, Datasets.TEST_IMAGES,
                Datasets.TEST_LABELS, "MNIST test set");

        LOG.log(Level.INFO, () -> String.format(Locale.ROOT,
                "loaded shipped MNIST from %s in %d ms: %d training and %d"
                        + " test images, checksums verified",
                source.describe(), (System.nanoTime() - start) / 1_000_000,
                training.size(), test.size()));
        return new Datasets(training, test,
                "MNIST shipped with Stepwise, from " + source.describe()
                        + " (SHA-256 verified)");
    }

    private static MnistDataset dataset(Source source, Map<String, String> sums,
            String imagesName, String labelsName, String name)
            throws IOException {
        String imagesFile = imagesName + ".gz";
        String labelsFile = labelsName + ".gz";

        IdxReader.Images images = IdxReader.readImages(
                verifiedContent(source, imagesFile, sums),
                source.displayName(imagesFile));
        IdxReader.Labels labels = IdxReader.readLabels(
                verifiedContent(source, labelsFile, sums),
                source.displayName(labelsFile));

        return MnistDataset.from(images, labels, name);
    }

    /** Reads a file once, checks its sum, and hands back its bytes to parse. */
    private static InputStream verifiedContent(Source source, String file,
            Map<String, String> sums) throws IOException {
        String expected = sums.get(file);
        if (expected == null) {
            throw new IdxFormatException(source.displayName(CHECKSUMS),
                    "expected a SHA-256 sum for " + file + " but found none;"
                            + " it lists " + sums.keySet());
        }

        byte[] content;
        try (InputStream in = source.open(file)) {
            content = in.readAllBytes();
        }

        String found = sha256(content);
        if (!found.equals(expected)) {
            throw new ChecksumMismatchException(source.displayName(file),
                    expected, found);
        }
        LOG.log(Level.DEBUG, () -> file + ": SHA-256 " + found + " verified");
        return new ByteArrayInputStream(content);
    }

    /** Parses {@code sha256sum} output into file name to lower-case hex sum. */
    private static Map<String, String> readChecksums(Source source)
            throws IOException {
        String text;
        try (InputStream in = source.open(CHECKSUMS)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        Map<String, String> sums = new HashMap<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher line = CHECKSUM_LINE.matcher(lines[i]);
            if (!line.matches()) {
                throw new IdxFormatException(source.displayName(CHECKSUMS),
                        String.format(Locale.ROOT, "line %d: expected"
                                + " '<64 hex digits>  <file name>' but found '%s'",
                                i + 1, lines[i]));
            }
            sums.put(line.group(2), line.group(1).toLowerCase(Locale.ROOT));
        }
        return sums;
    }

    private static String sha256(byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Where the shipped files are read from: a directory or the classpath. */
    private interface Source {

        /** @return the location, for logs and the source description */
        String describe();

        /** @return how to name one file in messages */
        String displayName(String file);

        /** @throws NoSuchFileException naming the file if it is absent */
        InputStream open(String file) throws IOException;
    }

    private static final class DirectorySource implements Source {

        private final Path directory;

        DirectorySource(Path directory) {
            this.directory = directory;
        }

        @Override
        public String describe() {
            return directory.toString();
        }

        @Override
        public String displayName(String file) {
            return directory.resolve(file).toString();
        }

        @Override
        public InputStream open(String file) throws IOException {
            Path path = directory.resolve(file);
            try {
                return Files.newInputStream(path);
            } catch (NoSuchFileException e) {
                throw new NoSuchFileException(path.toString(), null,
                        "expected a shipped MNIST file but there is none;"
                                + " restore assets/mnist from a fresh clone");
            }
        }
    }

    private static final class ClasspathSource implements Source {

        private final ClassLoader loader;

        ClasspathSource(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public String describe() {
            return "the classpath at /" + ASSET_PATH + "/";
        }

        @Override
        public String displayName(String file) {
            return "classpath:/" + ASSET_PATH + "/" + file;
        }

        @Override
        public InputStream open(String file) throws IOException {
            InputStream in = loader.getResourceAsStream(ASSET_PATH + "/" + file);
            if (in == null) {
                throw new NoSuchFileException(displayName(file), null,
                        "expected a shipped MNIST resource but there is none;"
                                + " rebuild the jar from a fresh clone");
            }
            return in;
        }
    }
}
