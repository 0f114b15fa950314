package org.stepwise.ui.inside;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import org.stepwise.data.MnistDataset;
import org.stepwise.ui.CurrentNetwork;
import org.stepwise.ui.Formats;
import org.stepwise.ui.Throttle;
import org.stepwise.ui.canvas.DigitReadingViewModel;

/**
 * The "Inside the network" tab's state: a browser over the test digits with
 * the current network's reading of each, the whole test set's readings as a
 * confusion matrix with a gallery of the digits behind a cell (the misread
 * ones until a cell is chosen), and the first layer's weights as pictures.
 *
 * <p>Reading the 10,000 test images and drawing the weights run on the
 * background executor and arrive through the FX executor; each runs only
 * while its part is showing, one at a time, and at most every
 * {@link #READING_INTERVAL} or {@link #WEIGHTS_INTERVAL} while training
 * sends new networks. Every method runs on the FX thread.
 */
public final class InsideViewModel {

    /** The most digits the gallery shows at once; a cell of the diagonal holds about a thousand. */
    public static final int GALLERY_LIMIT = 240;

    /** The least time between two readings of the whole test set while the network changes. */
    public static final Duration READING_INTERVAL = Duration.seconds(2);

    /** The least time between two drawings of the weights: a few a second. */
    public static final Duration WEIGHTS_INTERVAL = Duration.millis(250);

    private static final Logger LOG = System.getLogger(InsideViewModel.class.getName());

    /** One cell of the confusion matrix: a true digit and what it was read as. */
    public record Cell(int label, int reading) {
    }

    /** One test digit in the gallery. */
    public record GalleryItem(int index, int label, int reading) {

        /** "read as 3, is 5". */
        public String caption() {
            return "read as " + reading + ", is " + label;
        }
    }

    private final Executor background;
    private final Executor fxThread;
    private final Throttle readingThrottle;
    private final Throttle weightsThrottle;
    private final SplittableRandom random = new SplittableRandom();

    private final ObjectProperty<CurrentNetwork> network = new SimpleObjectProperty<>(this, "network");
    private final ObjectProperty<MnistDataset> testSet = new SimpleObjectProperty<>(this, "testSet");
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing");
    private final BooleanProperty weightsShowing = new SimpleBooleanProperty(this, "weightsShowing");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    private final DigitReadingViewModel browsed = new DigitReadingViewModel();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyObjectWrapper<double[]> browsedPixels =
            new ReadOnlyObjectWrapper<>(this, "browsedPixels");
    private final ReadOnlyIntegerWrapper browsedLabel =
            new ReadOnlyIntegerWrapper(this, "browsedLabel", -1);

    private final ReadOnlyObjectWrapper<TestSetReading> reading =
            new ReadOnlyObjectWrapper<>(this, "reading");
    private final ReadOnlyBooleanWrapper readingBusy = new ReadOnlyBooleanWrapper(this, "readingBusy");
    private final ReadOnlyStringWrapper readingStatus =
            new ReadOnlyStringWrapper(this, "readingStatus", "");
    private final ReadOnlyObjectWrapper<Cell> selectedCell =
            new ReadOnlyObjectWrapper<>(this, "selectedCell");
    private final ObservableList<GalleryItem> gallery = FXCollections.observableArrayList();
    private final ObservableList<GalleryItem> readOnlyGallery =
            FXCollections.unmodifiableObservableList(gallery);
    private final ReadOnlyStringWrapper galleryTitle =
            new ReadOnlyStringWrapper(this, "galleryTitle", "");

    private final ReadOnlyObjectWrapper<WeightTiles> weights =
            new ReadOnlyObjectWrapper<>(this, "weights");
    private final ReadOnlyStringWrapper weightsProblem =
            new ReadOnlyStringWrapper(this, "weightsProblem", "");
    private boolean weightsBusy;

    /**
     * @param background runs the test-set readings and weight drawings; never the FX thread
     * @param fxThread   hands their results to the FX thread ({@code Platform::runLater})
     */
    public InsideViewModel(Executor background, Executor fxThread) {
        this(background, fxThread, READING_INTERVAL, WEIGHTS_INTERVAL);
    }

    /** With other intervals; tests use zero, which also runs without an FX toolkit. */
    public InsideViewModel(Executor background, Executor fxThread, Duration readingInterval,
            Duration weightsInterval) {
        this.background = background;
        this.fxThread = fxThread;
        readingThrottle = new Throttle(readingInterval, this::startReading);
        weightsThrottle = new Throttle(weightsInterval, this::startWeights);

        network.addListener((observable, before, now) -> networkChanged(now));
        testSet.addListener((observable, before, now) -> testSetChanged(now));
        showing.addListener(observable -> requestReading());
        showing.addListener(observable -> requestWeights());
        weightsShowing.addListener(observable -> requestWeights());
    }

    private void networkChanged(CurrentNetwork now) {
        title.set(now == null ? "No network yet" : "Looking inside " + now.description());
        browsed.setNetwork(now == null ? null : now.network());
        requestReading();
        requestWeights();
    }

    private void testSetChanged(MnistDataset now) {
        reading.set(null);
        selectedCell.set(null);
        updateGallery();
        if (now != null && now.size() > 0) {
            show(Math.min(index.get(), now.size() - 1));
        }
        requestReading();
    }

    // ---------- browsing test digits ----------

    /** Shows test image {@code i}, 0-based; an index out of range is brought into it. */
    public void show(int i) {
        MnistDataset test = testSet.get();
        if (test == null || test.size() == 0) {
            return;
        }
        int shown = Math.max(0, Math.min(test.size() - 1, i));
        double[] pixels = new double[test.pixelCount()];
        test.copyImage(shown, pixels, 0, 1);

        index.set(shown);
        browsedLabel.set(test.label(shown));
        browsedPixels.set(pixels);
        browsed.setInputs(pixels);
    }

    /** The next test image, wrapping round after the last. */
    public void next() {
        step(1);
    }

    /** The previous test image, wrapping round before the first. */
    public void previous() {
        step(-1);
    }

    private void step(int by) {
        MnistDataset test = testSet.get();
        if (test != null && test.size() > 0) {
            show(Math.floorMod(index.get() + by, test.size()));
        }
    }

    /** A test image picked at random. */
    public void random() {
        MnistDataset test = testSet.get();
        if (test != null && test.size() > 0) {
            show(random.nextInt(test.size()));
        }
    }

    // ---------- the whole test set: confusion matrix and gallery ----------

    /**
     * Shows the digits of one cell in the gallery; choosing the chosen cell
     * again goes back to all the misread digits.
     */
    public void selectCell(int label, int reading) {
        Cell cell = new Cell(label, reading);
        selectedCell.set(cell.equals(selectedCell.get()) ? null : cell);
        updateGallery();
    }

    /** Shows all the misread digits in the gallery. */
    public void showMisread() {
        selectedCell.set(null);
        updateGallery();
    }

    private void requestReading() {
        if (showing.get() && !isReadingCurrent()) {
            readingThrottle.request();
        }
    }

    private boolean isReadingCurrent() {
        CurrentNetwork current = network.get();
        TestSetReading done = reading.get();
        return current == null || testSet.get() == null || done != null
                && done.network() == current.network() && done.test() == testSet.get();
    }

    private void startReading() {
        if (readingBusy.get() || isReadingCurrent()) {
            return;
        }
        CurrentNetwork current = network.get();
        MnistDataset test = testSet.get();
        readingBusy.set(true);
        readingStatus.set("Reading the " + Formats.count(test.size()) + " test images\u2026");
        run(() -> TestSetReading.of(current.network(), test), this::readingDone);
    }

    private void readingDone(TestSetReading done, Throwable failure) {
        readingBusy.set(false);
        if (failure != null) {
            LOG.log(Level.ERROR, "could not read the test set", failure);
            readingStatus.set("The test images could not be read: " + Formats.sentence(failure));
            return;
        }
        if (done.test() == testSet.get()) {
            reading.set(done);
            readingStatus.set(String.format(Locale.ROOT, "%s of %s test images read right (%s)",
                    Formats.count(done.correct()), Formats.count(done.size()),
                    Formats.percent(done.accuracy())));
            updateGallery();
        }
        requestReading();
    }

    private void updateGallery() {
        TestSetReading done = reading.get();
        if (done == null) {
            gallery.clear();
            galleryTitle.set("");
            return;
        }
        Cell cell = selectedCell.get();
        List<Integer> indices = cell == null ? done.misread() : done.images(cell.label(), cell.reading());
        List<GalleryItem> items = indices.stream().limit(GALLERY_LIMIT)
                .map(i -> new GalleryItem(i, done.test().label(i), done.reading(i))).toList();
        gallery.setAll(items);
        galleryTitle.set(galleryTitle(cell, indices.size(), done.size()));
    }

    private static String galleryTitle(Cell cell, int count, int total) {
        String title;
        if (cell == null) {
            title = "Misread test digits: " + Formats.count(count) + " of " + Formats.count(total);
        } else {
            title = "Is " + cell.label() + ", read as " + cell.reading() + ": " + Formats.count(count)
                    + (count == 1 ? " digit" : " digits");
        }
        return count > GALLERY_LIMIT ? title + " (the first " + GALLERY_LIMIT + " shown)" : title;
    }

    // ---------- first-layer weights ----------

    private void requestWeights() {
        if (showing.get() && weightsShowing.get() && !isWeightsCurrent()) {
            weightsThrottle.request();
        }
    }

    private boolean isWeightsCurrent() {
        CurrentNetwork current = network.get();
        return current == null || weights.get() != null && weights.get().network() == current.network();
    }

    private void startWeights() {
        if (weightsBusy || isWeightsCurrent()) {
            return;
        }
        CurrentNetwork current = network.get();
        weightsBusy = true;
        run(() -> WeightTiles.of(current.network()), this::weightsDone);
    }

    private void weightsDone(WeightTiles done, Throwable failure) {
        weightsBusy = false;
        if (failure != null) {
            LOG.log(Level.WARNING, "could not draw the first layer's weights", failure);
            weightsProblem.set("The weights cannot be drawn: " + Formats.sentence(failure));
            return;
        }
        weightsProblem.set("");
        weights.set(done);
        requestWeights();
    }

    /**
     * Runs {@code work} in the background and gives its result or failure to {@code done} on the FX thread.
     */
    private <T> void run(Supplier<T> work, BiConsumer<T, Throwable> done) {
        CompletableFuture.supplyAsync(work, background)
                .whenCompleteAsync((result, failure) -> done.accept(result, unwrap(failure)), fxThread);
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    // ---------- properties ----------

    /** The network to look inside; the window binds it to its current network. */
    public ObjectProperty<CurrentNetwork> networkProperty() {
        return network;
    }

    /** The test images to browse and read; null until data is loaded. */
    public ObjectProperty<MnistDataset> testSetProperty() {
        return testSet;
    }

    /** True while the tab is showing; readings wait until it is. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** True while the weights are on screen; they are drawn only then. */
    public BooleanProperty weightsShowingProperty() {
        return weightsShowing;
    }

    /** "Looking inside the shipped network, 98.95% on MNIST test". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The reading of the test digit shown, with its ten outputs. */
    public DigitReadingViewModel browsed() {
        return browsed;
    }

    /** The test digit shown, 0-based. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int getIndex() {
        return index.get();
    }

    /** The test digit's 784 pixels, 0..1; null before any data. */
    public ReadOnlyObjectProperty<double[]> browsedPixelsProperty() {
        return browsedPixels.getReadOnlyProperty();
    }

    /** The test digit's true label, or -1 before any data. */
    public ReadOnlyIntegerProperty browsedLabelProperty() {
        return browsedLabel.getReadOnlyProperty();
    }

    /** The newest reading of the whole test set; null until one has finished. */
    public ReadOnlyObjectProperty<TestSetReading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public TestSetReading getReading() {
        return reading.get();
    }

    public ReadOnlyBooleanProperty readingBusyProperty() {
        return readingBusy.getReadOnlyProperty();
    }

    /** "Reading the 10,000 test images…" or "9,895 of 10,000 test images read right (98.95%)". */
    public ReadOnlyStringProperty readingStatusProperty() {
        return readingStatus.getReadOnlyProperty();
    }

    /** The cell whose digits the gallery shows, or null for all the misread ones. */
    public ReadOnlyObjectProperty<Cell> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    /** The digits in the gallery, at most {@value #GALLERY_LIMIT}; read only. */
    public ObservableList<GalleryItem> gallery() {
        return readOnlyGallery;
    }

    /** "Misread test digits: 105 of 10,000" or "Is 4, read as 9: 7 digits". */
    public ReadOnlyStringProperty galleryTitleProperty() {
        return galleryTitle.getReadOnlyProperty();
    }

    public String getGalleryTitle() {
        return galleryTitle.get();
    }

    /** The first layer's weights as pictures; null until drawn. */
    public ReadOnlyObjectProperty<WeightTiles> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    public WeightTiles getWeights() {
        return weights.get();
    }

    /** Why the weights cannot be drawn; empty when they can. */
    public ReadOnlyStringProperty weightsProblemProperty() {
        return weightsProblem.getReadOnlyProperty();
    }
}
