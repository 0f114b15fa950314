package org.stepwise.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.stepwise.data.ShippedData;

/**
 * Finds and opens the pre-trained network that ships with Stepwise, so that
 * drawing works the moment the window opens and {@code classify} works
 * without a model of one's own.
 *
 * <p>The file is {@value #FILE_NAME} in {@value #ASSET_PATH}, looked for the
 * way {@link ShippedData} looks for MNIST: under the working directory, under
 * the folder of Stepwise's classes or jar and each of its parents, then on
 * the classpath at {@code /assets/models/}, where the build packs it into the
 * jar. {@code assets/models/README.md} says how it was trained and gives the
 * command that rebuilds it.
 */
public final class ShippedModel {

    /** Where the model sits, relative to a search folder or the classpath root. */
    public static final String ASSET_PATH = "assets/models";

    /** The shipped model's file name. */
    public static final String FILE_NAME = "stepwise-mnist.json";

    private ShippedModel() {
    }

    /**
     * Opens the shipped model from the first place it is found.
     *
     * @return the network, its configuration and history; a new copy each call
     * @throws NoSuchFileException  if it is nowhere; the message lists every
     *                              place searched
     * @throws ModelFormatException if the file found is damaged
     * @throws IOException          if it cannot be read
     */
    public static SavedModel load() throws IOException {
        List<Path> directories = ShippedData.searchDirectories(ASSET_PATH);
        for (Path directory : directories) {
            Path file = directory.resolve(FILE_NAME);
            if (Files.isRegularFile(file)) {
                return ModelFile.load(file);
            }
        }

        String resource = ASSET_PATH + "/" + FILE_NAME;
        InputStream in = ShippedModel.class.getClassLoader().getResourceAsStream(resource);
        if (in != null) {
            try (in) {
                return ModelFile.read(in, "classpath:/" + resource);
            }
        }
        throw new NoSuchFileException(resource, null, "cannot find the model shipped with Stepwise; looked in "
                + directories + " and on the classpath at /" + ASSET_PATH + "/. Run Stepwise from its project"
                + " folder, restore assets/models from a fresh clone, or give a model file of your own.");
    }
}
