/**
 * The data Stepwise learns from: reading IDX files (raw or gzip), holding
 * labelled 28x28 images compactly, and locating and verifying the MNIST copy
 * that ships with the program.
 *
 * <p>{@link org.stepwise.data.IdxReader} parses one file,
 * {@link org.stepwise.data.MnistDataset} pairs images with labels,
 * {@link org.stepwise.data.Datasets} loads a training and a test set from a
 * directory (MNIST, Fashion-MNIST or anything else in the same four files),
 * and {@link org.stepwise.data.ShippedData} finds {@code assets/mnist} on disk
 * or on the classpath and checks its SHA-256 sums.
 *
 * <p>Drawn and photographed digits come in as a
 * {@link org.stepwise.data.GrayImage} of any size (from ARGB pixels, or from a
 * file through {@link org.stepwise.data.GrayImages});
 * {@link org.stepwise.data.DigitPreprocessor} turns one into a
 * {@link org.stepwise.data.PreparedDigit} in MNIST's form, and
 * {@link org.stepwise.data.DigitAugmenter} makes varied copies of MNIST's
 * digits that look as drawn ones do once prepared. Nothing here imports
 * JavaFX; every type is usable headless.
 */
package org.stepwise.data;
