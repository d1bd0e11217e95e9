package dev.oxidometer.ui.chart.image;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a PNG's chunks by hand (IHDR, tEXt, iTXt), so that the test does not trust the writer's own library. */
public final class PngChunks {

    public record Header(int width, int height, int bitDepth, int colourType) {
    }

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngChunks() {
    }

    public static Header header(byte[] png) throws IOException {
        DataInputStream in = open(png);
        int length = in.readInt();
        String type = type(in);
        if (!type.equals("IHDR") || length != 13) {
            throw new IOException("first chunk is " + type);
        }
        return new Header(in.readInt(), in.readInt(), in.readUnsignedByte(), in.readUnsignedByte());
    }

    /** Keyword to text of every tEXt and (uncompressed) iTXt chunk. */
    public static Map<String, String> text(byte[] png) throws IOException {
        DataInputStream in = open(png);
        Map<String, String> out = new LinkedHashMap<>();
        while (true) {
            int length = in.readInt();
            String type = type(in);
            byte[] data = in.readNBytes(length);
            in.readInt(); // CRC
            if (type.equals("tEXt")) {
                int zero = indexOf(data, 0, 0);
                out.put(new String(data, 0, zero, StandardCharsets.ISO_8859_1),
                        new String(data, zero + 1, data.length - zero - 1, StandardCharsets.ISO_8859_1));
            } else if (type.equals("iTXt")) {
                int keyEnd = indexOf(data, 0, 0);
                int flag = data[keyEnd + 1];
                int langEnd = indexOf(data, keyEnd + 3, 0);
                int translatedEnd = indexOf(data, langEnd + 1, 0);
                if (flag != 0) {
                    throw new IOException("compressed iTXt");
                }
                out.put(new String(data, 0, keyEnd, StandardCharsets.ISO_8859_1),
                        new String(data, translatedEnd + 1, data.length - translatedEnd - 1, StandardCharsets.UTF_8));
            } else if (type.equals("IEND")) {
                return out;
            }
        }
    }

    private static DataInputStream open(byte[] png) throws IOException {
        if (!Arrays.equals(Arrays.copyOf(png, 8), SIGNATURE)) {
            throw new IOException("not a PNG");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        in.skipNBytes(8);
        return in;
    }

    private static String type(DataInputStream in) throws IOException {
        return new String(in.readNBytes(4), StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] data, int from, int value) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return data.length;
    }
}
