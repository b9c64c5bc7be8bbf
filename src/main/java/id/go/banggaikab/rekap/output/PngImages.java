package id.go.banggaikab.rekap.output;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A picture drawn for a Word document (the organisation chart, the trend panels) as PNG bytes, encoded in memory.
 * {@code ImageIO.write(image, "png", stream)} would first make a cache file in the temporary folder for every picture
 * and copy it back (ImageIO's default for streams), disk work a run does not need.
 */
public final class PngImages {

    private PngImages() {
    }

    /** The image as PNG bytes. */
    public static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream png = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("Java ini tidak punya penulis PNG");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
