package dev.oxidometer.ui.chart.image;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.svg.SVGGraphics2D;

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

    static byte[] writePng(BufferedImage image, Map<String, String> text) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode root = new IIOMetadataNode(format);
            IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
            for (Map.Entry<String, String> e : text.entrySet()) {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", e.getKey());
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", e.getValue());
                itxt.appendChild(entry);
            }
            root.appendChild(itxt);
            metadata.mergeTree(format, root);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("PNG metadata rejected: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
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
            csv.append(',').append(csvField(s.label()));
        }
        csv.append("\r\n");
        for (int i = 0; i < data.tags().size(); i++) {
            csv.append(csvField(data.tags().get(i))).append(',')
                    .append(data.dates().get(i) == null ? "" : data.dates().get(i).toString()).append(',')
                    .append(data.commits().get(i) == null ? "" : csvField(data.commits().get(i)));
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

    /**
     * A CSV field: quoted when it holds a comma, quote or line break; a leading {@code = + - @}, tab or CR gets an
     * apostrophe so that a spreadsheet does not run it as a formula.
     */
    static String csvField(String text) {
        if (text == null) {
            return "";
        }
        String t = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

}
