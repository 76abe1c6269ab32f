package org.copact.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.copact.common.Sha256;
import org.copact.pact.PactPdf;
import org.copact.pact.PactVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The seal as the EU's own validator (DSS, eu.europa.ec.joinup.sd-dss) sees it: a PAdES baseline B
 * signature, intact and cryptographically valid; with one byte changed, no longer intact. (Its
 * certificate is the embedded default's self-signed one, which no trust list holds: DSS cannot call
 * it qualified or trusted, and is not asked to.)
 */
class SealAsPadesTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void dssFindsAnIntactPadesBaselineBSignatureAndNoticesOneChangedByte() {
        SealKey key = new SealKey(new SealProperties(data.resolve("seal.p12"), "", "", true),
                Clock.fixed(NOW, ZoneOffset.UTC));
        byte[] sealed = new PdfSeal(key).seal(pdf(), "Pactul Verde Ilfov, in force", NOW);

        SignatureWrapper signature = validate(sealed);
        assertThat(signature.getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        assertThat(signature.isSignatureIntact()).isTrue();
        assertThat(signature.isSignatureValid()).isTrue();
        assertThat(signature.getSigningCertificate().getCertificateDN()).contains("Copact seal");

        // one byte inside the first stream's data: the file still parses, its signed bytes differ
        byte[] changed = sealed.clone();
        changed[new String(sealed, StandardCharsets.ISO_8859_1).indexOf("stream") + 20] ^= 0x01;
        assertThat(validate(changed).isSignatureIntact()).isFalse();
    }

    private static SignatureWrapper validate(byte[] pdf) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(new CommonCertificateVerifier());
        return validator.validateDocument().getDiagnosticData().getSignatures().get(0);
    }

    private static byte[] pdf() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        String text = "Articolul 1. Semnatarii reduc consumul de energie cu 20% până în 2030.";
        return new PactPdf(messages).render(new PactVersion(UUID.randomUUID(), UUID.randomUUID(), 3, Sha256.hex(text),
                text, null, "facilitator", NOW), "Pactul Verde Ilfov", Locale.forLanguageTag("ro"),
                ZoneId.of("Europe/Bucharest"));
    }
}
