package org.stepwise.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Turns image files and AWT images into {@link GrayImage}s for
 * {@link DigitPreprocessor}. The only AWT in the data package sits here, so
 * the preprocessor itself takes plain values and the JavaFX canvas passes its
 * own pixels through {@link GrayImage#fromArgb}.
 */
public final class GrayImages {

    private GrayImages() {
    }

    /**
     * Reads a PNG, JPEG, GIF or BMP file (whatever {@link ImageIO} reads) of
     * any size, in colour or grey, as brightness.
     *
     * @param file the image file
     * @return its pixels as brightness 0..1
     * @throws NoSuchFileException if the file does not exist
     * @throws IOException         naming the file, if it is not an image
     *                             ImageIO can read, is damaged, or cannot
     *                             be read
     */
    public static GrayImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    Files.isDirectory(file) ? "expected an image file but found a folder"
                            : "no such file");
        }

        BufferedImage image;
        try (InputStream in = Files.newInputStream(file)) {
            image = ImageIO.read(in);
        } catch (IOException | RuntimeException e) {
            // ImageIO reports damaged files with unchecked exceptions too.
            throw new IOException(file + ": cannot decode the image (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new IOException(file + ": not an image Stepwise can read;"
                    + " expected PNG, JPEG, GIF or BMP");
        }
        return fromBufferedImage(image);
    }

    /**
     * The brightness of an AWT image of any type, through
     * {@link GrayImage#fromArgb}: Rec. 601 luma, with transparent pixels over
     * a backdrop that contrasts with the opaque ones.
     */
    public static GrayImage fromBufferedImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        return GrayImage.fromArgb(width, height, argb);
    }
}
