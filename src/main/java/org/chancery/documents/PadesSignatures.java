package org.chancery.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * PAdES signatures (ETSI.CAdES.detached, baseline B) on issued PDFs with the issuing organ's key, and
 * their verification: the CMS signature over the signed byte ranges, which must cover the whole file
 * but the signature itself, so that any change of a byte fails.
 */
@Component
class PadesSignatures {

	/** What a check of a PDF's signature found. */
	record Check(boolean signed, boolean intact, boolean coversWholeFile, @Nullable String signer, @Nullable String certificateSha256,
			@Nullable Instant signedAt, @Nullable String algorithm) {

		boolean valid() {
			return signed && intact && coversWholeFile;
		}
	}

	byte[] sign(byte[] pdf, OrganKeys.Credential credential, String organName, String reason, Instant at) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(organName);
			signature.setReason(reason);
			Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
			when.setTimeInMillis(at.toEpochMilli());
			signature.setSignDate(when);
			doc.addSignature(signature);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
			ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
			external.setSignature(cms(external.getContent().readAllBytes(), credential));
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A detached CMS signature with the signing-certificate-v2 attribute and no signing time (PAdES uses the PDF's). */
	private byte[] cms(byte[] content, OrganKeys.Credential credential) throws IOException {
		try {
			boolean sm2 = credential.algorithm() == OrganKeys.Algorithm.SM2;
			ASN1ObjectIdentifier digest = sm2 ? GMObjectIdentifiers.sm3 : NISTObjectIdentifiers.id_sha256;
			byte[] certHash = MessageDigest.getInstance(sm2 ? "SM3" : "SHA-256", OrganKeys.BC).digest(credential.certificate().getEncoded());
			SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2[] { new ESSCertIDv2(new AlgorithmIdentifier(digest),
					certHash) });
			ASN1EncodableVector attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
			DefaultSignedAttributeTableGenerator signedAttributes = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
				@Override
				@SuppressWarnings({ "rawtypes", "unchecked" })
				protected Hashtable createStandardAttributeTable(Map parameters) {
					Hashtable table = super.createStandardAttributeTable(parameters);
					table.remove(CMSAttributes.signingTime);
					return table;
				}
			};
			var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().setProvider(OrganKeys.BC).build())
				.setSignedAttributeGenerator(signedAttributes)
				.build(new JcaContentSignerBuilder(credential.algorithm().signature).setProvider(OrganKeys.BC).build(credential.key()),
						credential.certificate());
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(signerInfo);
			generator.addCertificates(new JcaCertStore(List.of(credential.certificate())));
			return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
		}
		catch (java.security.GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException | CMSException e) {
			throw new IOException("signing failed", e);
		}
	}

	/** Checks the last signature of a PDF. A file that is not a readable PDF, or has no signature, is "not signed". */
	Check check(byte[] pdf) {
		PDDocument loaded;
		try {
			loaded = Loader.loadPDF(pdf);
		}
		catch (IOException | RuntimeException e) {
			return new Check(false, false, false, null, null, null, null);
		}
		try (PDDocument doc = loaded) {
			List<PDSignature> signatures = new ArrayList<>(doc.getSignatureDictionaries());
			if (signatures.isEmpty()) {
				return new Check(false, false, false, null, null, null, null);
			}
			PDSignature signature = signatures.getLast();
			int[] range = signature.getByteRange();
			boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
			byte[] signedContent = signature.getSignedContent(pdf);
			// the /Contents hex string is zero-padded to its reserved size: read the one DER object it holds
			byte[] contents;
			try (var in = new org.bouncycastle.asn1.ASN1InputStream(signature.getContents(pdf))) {
				contents = in.readObject().getEncoded();
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			var matches = cms.getCertificates().getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return new Check(true, false, whole, null, null, null, null);
			}
			X509Certificate certificate = new JcaX509CertificateConverter().setProvider(OrganKeys.BC)
				.getCertificate((X509CertificateHolder) matches.iterator().next());
			boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(OrganKeys.BC).build(certificate));
			String fingerprint = OrganKeys.fingerprint(certificate);
			Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
			return new Check(true, intact, whole, certificate.getSubjectX500Principal().getName(), fingerprint, at, certificate.getSigAlgName());
		}
		catch (IOException | CMSException | RuntimeException | java.security.GeneralSecurityException
				| org.bouncycastle.operator.OperatorCreationException e) {
			return new Check(true, false, false, null, null, null, null);
		}
	}
}
