package org.copact.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Seals a PDF with Copact's seal ({@link SealKey}): a PAdES baseline B signature, that is an
 * {@code ETSI.CAdES.detached} CMS over the whole file but the signature itself, whose signed
 * attributes bind the seal's certificate (ESS signing-certificate-v2) and leave the time to the
 * signature dictionary, as PAdES asks. It is added as an incremental update, so the PDF signed is
 * byte for byte the PDF rendered, and any reader shows whether anything changed since.
 */
@Component
public class PdfSeal {

    private static final int SIGNATURE_SIZE = 32 * 1024;

    private final SealKey key;

    PdfSeal(SealKey key) {
        this.key = key;
    }

    /** reason: what the seal says it is for, shown by readers beside it */
    public byte[] seal(byte[] pdf, String reason, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.certificate().getSubjectX500Principal().getName());
            signature.setReason(reason);
            Calendar time = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            time.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(time);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, this::cms, options);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
            document.saveIncremental(sealed);
            return sealed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be sealed", e);
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        X509Certificate certificate = key.certificate();
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(padesAttributes(certificate))
                    .build(new JcaContentSignerBuilder(signatureAlgorithm()).build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The seal's CMS signature could not be made: " + e.getMessage(), e);
        }
    }

    private String signatureAlgorithm() {
        return switch (key.privateKey().getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalStateException("A seal key of type " + key.privateKey().getAlgorithm()
                    + " is not supported: give an EC or RSA key");
        };
    }

    /** content type and message digest, as any CMS; signing-certificate-v2; no signing time (PAdES: it is /M) */
    private static CMSAttributeTableGenerator padesAttributes(X509Certificate certificate)
            throws GeneralSecurityException {
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(
                        certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber()));
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(
                new AttributeTable(new DERSet(signingCertificate)));
        return parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
