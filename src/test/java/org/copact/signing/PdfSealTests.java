package org.copact.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.copact.common.Sha256;
import org.copact.pact.PactVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sealed PDF checked as a validator would, with PDFBox and BouncyCastle only (not with the code
 * that sealed it): the CMS verifies over the byte ranges, which cover the whole file but the
 * signature; it is a PAdES baseline signature; one byte changed anywhere signed makes it fail.
 */
class PdfSealTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void aSealedPactVerifiesAndItsTextIsUntouched() throws Exception {
        byte[] pdf = pactPdf("Articolul 1. Semnatarii reduc consumul de energie cu 20% până în 2030.");
        byte[] sealed = seal(embeddedKey()).seal(pdf, "Pactul Verde Ilfov, in force", NOW);

        assertThat(sealed).startsWith(pdf).as("an incremental update: what was rendered is what is signed");
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getReason()).isEqualTo("Pactul Verde Ilfov, in force");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(NOW);
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).as("the whole file is signed").isEqualTo(sealed.length);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Semnatarii reduc consumul de energie cu 20% până în 2030.");
        }
        SignerInformation signer = signer(sealed);
        assertThat(verifies(sealed)).isTrue();
        assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                .as("PAdES: the seal's certificate is bound by signing-certificate-v2").isNotNull();
        assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime))
                .as("PAdES baseline: the time is the signature dictionary's, not a CMS attribute").isNull();
    }

    @Test
    void oneChangedByteMakesTheSealFail() throws Exception {
        byte[] sealed = seal(embeddedKey()).seal(pactPdf("Art. 1. Ținta: 20%."), "in force", NOW);
        int[] range;
        try (PDDocument document = Loader.loadPDF(sealed)) {
            range = document.getLastSignatureDictionary().getByteRange();
        }
        assertThat(verifies(sealed)).isTrue();
        for (int at : new int[] {range[1] / 2, range[2] + range[3] / 2}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 0x01;
            assertThat(verifies(changed)).as("byte %d changed", at).isFalse();
        }
    }

    @Test
    void theEmbeddedSealIsMadeOnceAndKeptWithItsPasswordBesideIt() throws Exception {
        SealKey first = embeddedKey();
        SealKey again = embeddedKey();

        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains("Copact seal");
        assertThat(Files.readString(data.resolve("seal/seal.p12.password")).strip()).hasSizeGreaterThan(20);
        assertThat(Files.getPosixFilePermissions(data.resolve("seal/seal.p12")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aMissingOrUnreadableKeystoreSaysWhichSettingToFix() throws IOException {
        Path missing = data.resolve("nowhere.p12");
        assertThatThrownBy(() -> new SealKey(new SealProperties(missing, "secret", "", false), clock()))
                .hasMessageContaining("does not exist").hasMessageContaining("COPACT_SEAL_KEYSTORE");
        embeddedKey();
        assertThatThrownBy(() -> new SealKey(new SealProperties(data.resolve("seal/seal.p12"), "wrong", "", false),
                clock())).hasMessageContaining("COPACT_SEAL_PASSWORD");
        assertThatThrownBy(() -> new SealProperties(null, "", "", false)).hasMessageContaining("COPACT_SEAL_KEYSTORE");
    }

    private SealKey embeddedKey() {
        return new SealKey(new SealProperties(data.resolve("seal/seal.p12"), "", "", true), clock());
    }

    private static PdfSeal seal(SealKey key) {
        return new PdfSeal(key);
    }

    private static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private static byte[] pactPdf(String text) {
        org.springframework.context.support.ResourceBundleMessageSource messages =
                new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        PactVersion version = new PactVersion(UUID.randomUUID(), UUID.randomUUID(), 3, Sha256.hex(text), text, null,
                "facilitator", NOW);
        return new org.copact.pact.PactPdf(messages).render(version, "Pactul Verde Ilfov", Locale.forLanguageTag("ro"),
                ZoneId.of("Europe/Bucharest"));
    }

    private static SignerInformation signer(byte[] sealed) throws IOException, CMSException {
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData cms = cms(signature, sealed);
            return cms.getSignerInfos().getSigners().iterator().next();
        }
    }

    /** The CMS of the signature: its /Contents is padded with zeros, past the end of its DER object. */
    private static CMSSignedData cms(PDSignature signature, byte[] sealed) throws IOException, CMSException {
        try (ASN1InputStream der = new ASN1InputStream(signature.getContents())) {
            return new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(sealed)),
                    ContentInfo.getInstance(der.readObject()));
        }
    }

    /** true only when the CMS verifies against the certificate it carries, over the signed byte ranges */
    @SuppressWarnings("unchecked")
    private static boolean verifies(byte[] sealed) throws IOException, OperatorCreationException,
            java.security.cert.CertificateException {
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData cms = cms(signature, sealed);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException e) {
            return false;
        }
    }
}
