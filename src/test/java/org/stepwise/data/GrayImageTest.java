package org.stepwise.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrayImageTest {

    @Nested
    class Values {

        @Test
        void wrongNumberOfValuesIsRejectedWithBothCounts() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new GrayImage(3, 2, new double[5]));

            assertEquals("expected 6 values for 3 x 2 pixels but found 5", e.getMessage());
        }

        @Test
        void valueOutsideZeroToOneIsRejectedWithItsPlace() {
            double[] values = new double[6];
            values[4] = 1.5;

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new GrayImage(3, 2, values));

            assertEquals("expected brightness in 0..1 but found 1.5 at x 1, y 1", e.getMessage());
        }

        @Test
        void rowsOfDifferentLengthsAreRejected() {
            double[][] rows = {{0, 0, 0}, {0, 0}};

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GrayImage.of(rows));

            assertTrue(e.getMessage().contains("row 1 holds 2"), e.getMessage());
        }

        @Test
        void valuesAreCopiedInAndOut() {
            double[] values = {0.1, 0.2};
            GrayImage image = new GrayImage(2, 1, values);

            values[0] = 0.9;
            image.brightness()[1] = 0.9;

            assertArrayEquals(new double[] {0.1, 0.2}, image.brightness(), 0.0);
        }
    }

    @Nested
    class FromArgb {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"white, 0xFFFFFFFF, 1.0", "black, 0xFF000000, 0.0", "red, 0xFFFF0000, 0.299",
            "green, 0xFF00FF00, 0.587", "blue, 0xFF0000FF, 0.114"})
        void opaqueColourBecomesItsLuma(String name, long argb, double brightness) {
            GrayImage image = GrayImage.fromArgb(1, 1, new int[] {(int) argb});

            assertEquals(brightness, image.brightness(0, 0), 1e-12);
        }

        @Test
        void transparentBackgroundBehindDarkStrokesTurnsWhite() {
            int[] pixels = {0x00000000, 0xFF000000, 0x00000000};

            GrayImage image = GrayImage.fromArgb(3, 1, pixels);

            assertArrayEquals(new double[] {1.0, 0.0, 1.0}, image.brightness(), 1e-12);
        }

        @Test
        void transparentBackgroundBehindLightStrokesTurnsBlack() {
            int[] pixels = {0x00FFFFFF, 0xFFFFFFFF, 0x00FFFFFF};

            GrayImage image = GrayImage.fromArgb(3, 1, pixels);

            assertArrayEquals(new double[] {0.0, 1.0, 0.0}, image.brightness(), 1e-12);
        }
    }

    @Nested
    class ImageFiles {

        @TempDir
        Path folder;

        @Test
        void colourPngIsReadAsBrightness() throws IOException {
            BufferedImage picture = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
            picture.setRGB(0, 0, 0xFFFFFF);
            picture.setRGB(1, 0, 0x0000FF);
            Path png = folder.resolve("colour.png");
            ImageIO.write(picture, "png", png.toFile());

            GrayImage image = GrayImages.read(png);

            assertEquals(2, image.width());
            assertArrayEquals(new double[] {1.0, 0.114}, image.brightness(), 1e-12);
        }

        @Test
        void greyJpegIsRead() throws IOException {
            BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
            Path jpeg = folder.resolve("grey.jpg");
            ImageIO.write(picture, "jpeg", jpeg.toFile());

            GrayImage image = GrayImages.read(jpeg);

            assertEquals(40, image.width());
            assertEquals(30, image.height());
            assertEquals(0.0, image.brightness(20, 15), 0.02);
        }

        @Test
        void missingFileIsNamed() {
            Path missing = folder.resolve("missing.png");

            NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> GrayImages.read(missing));

            assertEquals(missing + ": no such file", e.getMessage());
        }

        @Test
        void textFileIsRefusedAsNotAnImage() throws IOException {
            Path text = folder.resolve("notes.png");
            Files.writeString(text, "not a picture", StandardCharsets.UTF_8);

            IOException e = assertThrows(IOException.class, () -> GrayImages.read(text));

            assertEquals(text + ": not an image Stepwise can read; expected PNG, JPEG, GIF or BMP",
                    e.getMessage());
        }
    }
}
