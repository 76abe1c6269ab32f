package org.copact.forms;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The content of a form-js {@code html} component, and the source of an {@code image}, as HTML that
 * cannot carry a script. As form-js sanitises them in the browser: no script, no event handler, no
 * style, and links only to http, https and mailto addresses (a {@code javascript:} link loses its
 * address). Images only from http, https or an embedded picture ({@code data:image/...}).
 */
final class SafeHtml {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Pattern IMAGE_SOURCE = Pattern.compile(
            "^(https?://\\S+|data:image/(png|jpeg|jpg|gif|webp);base64,[A-Za-z0-9+/=\\s]+)$");

    private SafeHtml() {
    }

    static String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, SAFE);
    }

    /** The source if an image may be shown from it, else null (as an unsupported one shows none). */
    static String imageSource(String source) {
        if (source == null) {
            return null;
        }
        String trimmed = source.strip();
        return IMAGE_SOURCE.matcher(trimmed.toLowerCase(Locale.ROOT)).matches() ? trimmed : null;
    }
}
