package org.stepwise.ui.inside;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.stepwise.data.MnistDataset;
import org.stepwise.ui.DigitImageView;
import org.stepwise.ui.Formats;
import org.stepwise.ui.Styles;

/**
 * Small pictures of test digits with "read as X, is Y": the misread ones, or
 * the digits of the confusion matrix's chosen cell. Clicking one shows it in
 * the test-digit browser.
 */
public final class DigitGalleryView extends VBox {

    /** Screen pixels per digit pixel: 56-pixel thumbnails. */
    public static final int SCALE = 2;

    private final InsideViewModel model;
    private final FlowPane tiles = new FlowPane();

    public DigitGalleryView(InsideViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.DIGIT_GALLERY);

        Label title = new Label();
        title.setId("galleryTitle");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        title.textProperty().bind(model.galleryTitleProperty());

        Label hint = new Label("Click a cell of the matrix to see its digits; click it again for"
                + " all the misread ones. Click a digit to look at it.");
        hint.getStyleClass().add(Styles.HINT_TEXT);
        hint.setWrapText(true);

        tiles.setId("galleryTiles");
        tiles.getStyleClass().add(Styles.GALLERY_TILES);
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.GALLERY_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(title, hint, scroll);
        model.gallery().addListener((ListChangeListener<InsideViewModel.GalleryItem>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<InsideViewModel.GalleryItem> items = model.gallery();
        MnistDataset test = model.getReading() == null ? null : model.getReading().test();
        tiles.getChildren().clear();
        if (test == null) {
            return;
        }
        double[] pixels = new double[test.pixelCount()];
        for (InsideViewModel.GalleryItem item : items) {
            test.copyImage(item.index(), pixels, 0, 1);
            tiles.getChildren().add(tile(item, pixels));
        }
    }

    private VBox tile(InsideViewModel.GalleryItem item, double[] pixels) {
        DigitImageView image = new DigitImageView(SCALE);
        image.setPixels(pixels);
        Label caption = new Label(item.caption());
        caption.getStyleClass().add(Styles.GALLERY_CAPTION);
        VBox tile = new VBox(image, caption);
        tile.getStyleClass().add(Styles.GALLERY_TILE);
        if (item.label() != item.reading()) {
            tile.pseudoClassStateChanged(Styles.MISREAD, true);
        }
        tile.setCursor(Cursor.HAND);
        Tooltip.install(tile, new Tooltip("Test image " + Formats.count(item.index())
                + ". Click to look at it on the left."));
        tile.setOnMouseClicked(event -> model.show(item.index()));
        return tile;
    }
}
