package dev.oxidometer.ui.chart.image;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;


import org.jfree.svg.SVGGraphics2D;

import dev.oxidometer.release.CsvCells;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart as a file: PNG (opaque RGB, the stamp in {@code iTXt} chunks: {@code Title}, {@code Source},
 * {@code Comment} with the series as JSON, {@code oxidometer:*}) or SVG (real {@code <text>}, a {@code <title>}, and
 * a {@code <metadata>} element with the same fields and the series), standalone XML.
 */
public final class ChartImages {

    /** Where the SVG's metadata elements live; a name, not a web address. */
    public static final String SVG_METADATA_NS = "urn:x-oxidometer:stamp";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartImages() {
    }

    /** The series shown, as JSON: what the image's Comment carries, so the numbers travel with the picture. */
    public static String seriesJson(ChartData data) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("chart", data.title());
        out.put("unit", data.percent() ? "%" : data.yTitle());
        out.put("tags", data.tags());
        out.put("commits", data.commits());
        out.put("series", data.series().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", s.key());
            m.put("label", s.label());
            m.put("values", s.values());
            return m;
        }).toList());
        return JSON.writeValueAsString(out);
    }

    public static byte[] png(ChartData data, Stamp stamp, ChartTheme theme, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartRenderer.draw(g, data, stamp, theme, width, height);
        } finally {
            g.dispose();
        }
        Map<String, String> text = new LinkedHashMap<>(stamp.metadata());
        text.put("Comment", seriesJson(data));
        text.put("Software", "oxidometer");
        return writePng(image, text);
    }

    /**
     * Encodes an RGB image as PNG with the given text as {@code iTXt} chunks (UTF-8, uncompressed). Written here
     * rather than through {@code javax.imageio}, whose encoder tries every row filter at the highest compression and
     * took three times as long for a slide-size chart (see scripts/bench-charts.sh): each row is filtered with
     * "Sub", which suits flat chart colours, and deflated at the fastest level.
     */
    static byte[] writePng(BufferedImage image, Map<String, String> text) {
        int width = image.getWidth();
        int height = image.getHeight();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit truecolour, no alpha
        chunk(out, "IHDR", ihdr.array());
        for (Map.Entry<String, String> e : text.entrySet()) {
            ByteArrayOutputStream itxt = new ByteArrayOutputStream();
            itxt.writeBytes(e.getKey().getBytes(StandardCharsets.ISO_8859_1));
            itxt.writeBytes(new byte[] {0, 0, 0, 0, 0}); // end of keyword, not compressed, method, no language, no translation
            itxt.writeBytes(e.getValue().getBytes(StandardCharsets.UTF_8));
            chunk(out, "iTXt", itxt.toByteArray());
        }
        int[] rgb = new int[width];
        byte[] row = new byte[1 + 3 * width];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(256 * 1024);
        byte[] buffer = new byte[64 * 1024];
        int[] pixels = image.getType() == BufferedImage.TYPE_INT_RGB
                ? ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData() : null;
        for (int y = 0; y < height; y++) {
            if (pixels != null) {
                System.arraycopy(pixels, y * width, rgb, 0, width);
            } else {
                image.getRGB(0, y, width, 1, rgb, 0, width);
            }
            row[0] = 1; // filter "Sub": each byte minus the same channel of the pixel to its left
            int previous = 0;
            for (int x = 0, o = 1; x < width; x++) {
                int c = rgb[x];
                row[o++] = (byte) ((c >> 16) - (previous >> 16));
                row[o++] = (byte) ((c >> 8) - (previous >> 8));
                row[o++] = (byte) (c - previous);
                previous = c;
            }
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static String svg(ChartData data, Stamp stamp, ChartTheme theme, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        ChartRenderer.draw(g, data, stamp, theme, width, height);
        String element = g.getSVGElement("oxidometer-chart");
        int open = element.indexOf('>', element.indexOf("<svg")) + 1;
        StringBuilder head = new StringBuilder();
        head.append("<title>").append(xml(data.title())).append("</title>");
        head.append("<desc>").append(xml(String.join("\n", stamp.lines()))).append("</desc>");
        head.append("<metadata><oxidometer:stamp xmlns:oxidometer=\"").append(SVG_METADATA_NS).append("\">");
        for (Map.Entry<String, String> e : stamp.metadata().entrySet()) {
            String name = e.getKey().startsWith("oxidometer:") ? e.getKey()
                    : "oxidometer:" + e.getKey().toLowerCase(java.util.Locale.ROOT);
            head.append('<').append(name).append('>').append(xml(e.getValue())).append("</").append(name).append('>');
        }
        head.append("<oxidometer:series type=\"application/json\">").append(xml(seriesJson(data)))
                .append("</oxidometer:series>");
        head.append("</oxidometer:stamp></metadata>");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + element.substring(0, open) + head + element.substring(open) + "\n";
    }

    /** Text content and attribute values for XML. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The series as CSV: tag, date, commit, then one column per series shown (the same numbers as the image). */
    public static String csv(ChartData data) {
        StringBuilder csv = new StringBuilder("tag,date,commit");
        for (ChartData.Series s : data.series()) {
            csv.append(',').append(CsvCells.text(s.label()));
        }
        csv.append("\r\n");
        for (int i = 0; i < data.tags().size(); i++) {
            csv.append(CsvCells.text(data.tags().get(i))).append(',')
                    .append(data.dates().get(i) == null ? "" : data.dates().get(i).toString()).append(',')
                    .append(data.commits().get(i) == null ? "" : CsvCells.text(data.commits().get(i)));
            for (ChartData.Series s : data.series()) {
                Double v = s.values().get(i);
                csv.append(',').append(v == null ? "" : number(v));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
