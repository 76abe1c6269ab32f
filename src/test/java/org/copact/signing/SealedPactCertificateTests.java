package org.copact.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.copact.common.Sha256;
import org.copact.pact.CompletionCertificate;
import org.copact.pact.PactPdf;
import org.copact.pact.PactVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The signed pact carries, after its signature page, a certificate of completion: every signing act
 * with its time, IP address and user agent, the round's timeline and the hashes it refers to, in the
 * pact's language; it is still a PDF/A, and the seal over it still validates.
 */
class SealedPactCertificateTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    @TempDir
    Path data;

    @Test
    void theCertificateListsEverySigningActWithItsOriginAndTheSealValidates() throws Exception {
        String text = "Articolul 1. Semnatarii reduc consumul de energie cu 20% până în 2030.";
        PactVersion version = new PactVersion(UUID.randomUUID(), UUID.randomUUID(), 3, Sha256.hex(text), text, null,
                "facilitator", NOW.minusSeconds(86_400));
        String declined = Sha256.hex("versiunea 2");
        String document = Sha256.hex("studiu");
        CompletionCertificate certificate = new CompletionCertificate(List.of(
                new CompletionCertificate.Event(NOW.minusSeconds(90_000), "invitation", List.of("Eco Construcții SRL")),
                new CompletionCertificate.Event(NOW.minusSeconds(86_400), "PactVersionPublished",
                        List.of("3", version.sha256())),
                new CompletionCertificate.Event(NOW.minusSeconds(7_200), "PactReviewed.REQUEST_CHANGES",
                        List.of("Consiliul Județean Ilfov", "2")),
                new CompletionCertificate.Event(NOW.minusSeconds(600), "PactInForce", List.of())),
                List.of(new CompletionCertificate.SigningAct(NOW.minusSeconds(80_000), "Eco Construcții SRL",
                                "Ioana Popescu", 2, declined, "DECLINE", "LINK_AND_CODE", "192.0.2.17",
                                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"),
                        new CompletionCertificate.SigningAct(NOW.minusSeconds(3_600), "Consiliul Județean Ilfov",
                                "Ana-Maria Ionescu", 3, version.sha256(), "SIGN", "LINK_AND_CODE", "2001:db8::5",
                                "Mobile-Safari/17.4"),
                        new CompletionCertificate.SigningAct(NOW.minusSeconds(1_800), "Eco Construcții SRL",
                                "Ioana Popescu", 3, version.sha256(), "SIGN", "SIGNED_COPY", null, null,
                                new CompletionCertificate.Recorder("Maria Rossi", "198.51.100.7", "Edg/131.0"))),
                List.of(new CompletionCertificate.DocumentHash("studiu-energie.pdf", document, NOW.minusSeconds(88_000))),
                version.sha256(), Sha256.hex("last entry"));

        byte[] pdf = new PactPdf(messages()).renderSigned(version, "Pactul Verde Ilfov", Locale.forLanguageTag("ro"),
                BUCHAREST, List.of(new PactPdf.Signatory("Consiliul Județean Ilfov", "Ana-Maria Ionescu",
                        "PUBLIC_AUTHORITY", "LINK_AND_CODE", NOW.minusSeconds(3_600))), certificate);
        byte[] sealed = new PdfSeal(new SealKey(new SealProperties(data.resolve("seal.p12"), "", "", true),
                Clock.fixed(NOW, ZoneOffset.UTC))).seal(pdf, "Pactul Verde Ilfov", NOW);

        String read = text(sealed);
        assertThat(read).as("after the signature page, in Romanian").contains("Semnături")
                .contains("Certificat de finalizare").contains("Acte de semnare").contains("Cronologia rundei");
        assertThat(read.indexOf("Certificat de finalizare")).isGreaterThan(read.indexOf("Semnături"));
        assertThat(read).contains("A refuzat versiunea 2, pe Copact, cu un cod unic")
                .contains("Adresa IP: 192.0.2.17 · Agent utilizator: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) "
                        + "Gecko/20100101 Firefox/128.0")
                .contains("Adresa IP: 2001:db8::5 · Agent utilizator: Mobile-Safari/17.4")
                .contains("A semnat versiunea 3, copie semnată, confirmată de un facilitator").contains("Adresa IP: —");
        assertThat(read).as("the facilitator who recorded the signed copy, labelled as its recorder")
                .contains("Semnat pe hârtie; înregistrat pe Copact de facilitatorul Maria Rossi, nu de semnatar. "
                        + "Adresa IP a celui care a înregistrat: 198.51.100.7 · Agentul utilizator al celui care a "
                        + "înregistrat: Edg/131.0");
        assertThat(read.indexOf("Edg/131.0")).as("under the signed copy's act, after the signatory's empty origin")
                .isGreaterThan(read.indexOf("A semnat versiunea 3, copie semnată"));
        assertThat(read).contains("Invitație trimisă către Eco Construcții SRL")
                .contains("Modificări la versiunea 2 cerute de Consiliul Județean Ilfov")
                .contains("Pactul este în vigoare");
        assertThat(read.replace(" ", "")).as("the hashes, which may wrap").contains(version.sha256())
                .contains(declined).contains(document).contains(Sha256.hex("last entry"));
        assertThat(read).contains("studiu-energie.pdf");
        try (PDDocument read3 = Loader.loadPDF(sealed)) {
            String xmp = new String(read3.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).as("still a PDF/A-3a").containsPattern("pdfaid:part(=\"|>)3")
                    .containsPattern("pdfaid:conformance(=\"|>)A");
            assertThat(read3.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        assertThat(sealVerifies(sealed)).isTrue();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static boolean sealVerifies(byte[] sealed) throws Exception {
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            int[] range = signature.getByteRange();
            try (ASN1InputStream der = new ASN1InputStream(signature.getContents())) {
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(sealed)),
                        ContentInfo.getInstance(der.readObject()));
                SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
                X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
                        .getMatches(signer.getSID()).iterator().next();
                return range[2] + range[3] == sealed.length
                        && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            }
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
