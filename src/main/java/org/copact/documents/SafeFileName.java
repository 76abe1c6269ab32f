package org.copact.documents;

import java.text.Normalizer;

/**
 * A file name as Copact keeps and shows it: the last segment of whatever path it came with, no
 * control or formatting characters (a right-to-left override can make {@code exe.pdf} read as
 * {@code fdp.exe}), no leading dots, at most 200 characters with the extension kept.
 */
public final class SafeFileName {

    static final int MAX_LENGTH = 200;
    private static final String FALLBACK = "document";

    private SafeFileName() {
    }

    public static String of(String given) {
        if (given == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        name = name.replaceAll("^[.\\s]+", "");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }
}
