package dev.oxidometer.scan;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The lines of a byte buffer as strings, without their line ending; one line at a time, for large files too. */
final class Lines implements Iterable<String> {

    private final byte[] data;
    private final int length;

    private Lines(byte[] data, int length) {
        this.data = data;
        this.length = length;
    }

    static Lines of(byte[] data, int length) {
        return new Lines(data, length);
    }

    static Lines of(byte[] data) {
        return new Lines(data, data.length);
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int pos;

            @Override
            public boolean hasNext() {
                return pos < length;
            }

            @Override
            public String next() {
                if (pos >= length) {
                    throw new NoSuchElementException();
                }
                int end = pos;
                while (end < length && data[end] != '\n') {
                    end++;
                }
                int stop = end > pos && data[end - 1] == '\r' ? end - 1 : end;
                String line = new String(data, pos, stop - pos, StandardCharsets.UTF_8);
                pos = end + 1;
                return line;
            }
        };
    }
}
