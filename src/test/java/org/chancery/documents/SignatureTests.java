package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.support.ChanceryTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Issued PDFs are signed (PAdES) with the issuing organ's key; any changed byte fails the check. */
@ChanceryTest
class SignatureTests {

	@Autowired
	Drafting drafting;

	@Autowired
	Routing routing;

	@Autowired
	Printing printing;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Organization organization;

	<T> T as(String username, Supplier<T> action) {
		return SignInTestsAccess.asUser(accounts, username, action);
	}

	UUID unit(String code) {
		return organization.unitByCode(code).orElseThrow().id();
	}

	OutgoingDocument printed(String marking, String clerk) {
		Drafting.Draft draft = new Drafting.Draft(DocumentType.NOTICE, Direction.LEVEL, unit("DYS"), "中共中央办公厅调研室关于核对材料的通知", null,
				marking, false, null, "请核对。", null, null, List.of(new Addressee(Party.Kind.UNIT, unit("MSJ"))), null, null,
				List.of(organization.personByStaffNumber("D0001").orElseThrow().id()), null, null, null);
		OutgoingDocument doc = RouteToPrinting.printed(drafting, routing, accounts, draft, clerk, 2);
		return as("drafter", () -> drafting.document(doc.id()));
	}

	@Test
	void theIssuedPdfIsSignedAndAnyChangedByteFailsTheCheck() {
		OutgoingDocument doc = printed(null, "clerk");
		byte[] pdf = as("drafter", () -> printing.pdf(doc.id()));
		assertThat(as("director", () -> printing.pdf(doc.id()))).as("the same issued file for every reader").isNotEmpty();
		Printing.Verification ok = as("accountant", () -> printing.verify(pdf));
		assertThat(ok.valid()).isTrue();
		assertThat(ok.referenceNumber()).isEqualTo(doc.referenceNumber());
		assertThat(ok.signer()).contains("中共中央办公厅调研室");
		assertThat(ok.algorithm()).containsIgnoringCase("ECDSA");

		for (int at : new int[] { 200, pdf.length / 2, pdf.length - 200 }) {
			byte[] changed = pdf.clone();
			changed[at] ^= 0x01;
			Printing.Verification bad = as("accountant", () -> printing.verify(changed));
			assertThat(bad.valid()).as("byte %d changed", at).isFalse();
			assertThat(bad.registered()).isFalse();
		}
		assertThat(as("accountant", () -> printing.verify("not a pdf".getBytes())).signed()).isFalse();
	}

	@Test
	void classifiedDocumentsArePrintedOnlyAsNumberedSignedCopies() {
		OutgoingDocument doc = printed("秘密★1年", "confclerk");
		assertThatThrownBy(() -> as("drafter", () -> printing.pdf(doc.id()))).isInstanceOf(DomainException.class);
		byte[] second = as("confclerk", () -> printing.copy(doc.id(), "000002"));
		assertThat(new PdfReadBack(second).find(1, "000002")).isNotEmpty();
		Printing.Verification check = as("confclerk", () -> printing.verify(second));
		assertThat(check.valid()).isTrue();
		assertThat(check.copyNumber()).isEqualTo("000002");
		assertThatThrownBy(() -> as("confclerk", () -> printing.copy(doc.id(), "000009"))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("drafter", () -> printing.copy(doc.id(), "000001"))).isInstanceOf(Exception.class);
	}

	@Test
	void sm2WithSm3SignsAndVerifiesToo(@TempDir Path keys) {
		OrganKeys sm2 = new OrganKeys(keys, OrganKeys.Algorithm.SM2, Clock.systemUTC());
		var credential = sm2.of(UUID.randomUUID(), "中共中央办公厅");
		PadesSignatures signatures = new PadesSignatures();
		byte[] signed = signatures.sign(LayoutSamples.typesetting().render(LayoutSamples.down()), credential, "中共中央办公厅", "test", Instant.now());
		PadesSignatures.Check check = signatures.check(signed);
		assertThat(check.valid()).isTrue();
		assertThat(check.algorithm()).containsIgnoringCase("SM2");
		assertThat(sm2.trustedFingerprints()).contains(check.certificateSha256());
		signed[signed.length / 3] ^= 0x10;
		assertThat(signatures.check(signed).valid()).isFalse();
	}
}
