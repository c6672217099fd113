package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chancery.identity.SignInTestsAccess;
import org.chancery.organization.Commands.UnitDraft;
import org.chancery.organization.Organization;
import org.chancery.organization.Rank;
import org.chancery.organization.UnitType;
import org.chancery.support.ChanceryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per 行文 rule (RULES.md §1.3): each fails the draft that breaks it and passes the one that keeps it. */
@ChanceryTest
class DraftingRulesTests {

	@Autowired
	DraftingRules rules;

	@Autowired
	Organization organization;

	UUID unit(String code) {
		return organization.unitByCode(code).orElseThrow().id();
	}

	Party unitParty(Party.Role role, String code) {
		return Party.unit(role, unit(code));
	}

	Party organ(Party.Role role, String code) {
		return new Party(role, Party.Kind.EXTERNAL, organization.externalOrgans().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().id());
	}

	Party body(Party.Role role, String code) {
		return new Party(role, Party.Kind.BODY, organization.bodies().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow().id());
	}

	Party signer(String staffNumber) {
		return new Party(Party.Role.SIGNER, Party.Kind.PERSON, organization.personByStaffNumber(staffNumber).orElseThrow().id());
	}

	OutgoingDocument doc(DocumentType type, Direction direction, String issuer, String title, boolean important, Party... parties) {
		OutgoingDocument d = new OutgoingDocument(UUID.randomUUID(), type, direction, unit(issuer), "测发", "测试", UUID.randomUUID(), Instant.now());
		d.write(title, Urgency.NORMAL, null, important, null, "[]", List.of(parties), Instant.now());
		return d;
	}

	List<String> broken(OutgoingDocument d, String body) {
		return rules.check(d, Body.parse(body)).stream().map(Finding::rule).toList();
	}

	List<String> blocking(OutgoingDocument d, String body) {
		return rules.check(d, Body.parse(body)).stream().filter(Finding::blocking).map(Finding::rule).toList();
	}

	static final String BODY = "现将有关事项通知如下。";

	@Test
	void aWellFormedRequestPassesEveryRule() {
		assertThat(broken(doc(DocumentType.REQUEST, Direction.UP, "DYS", "调研室关于召开座谈会的请示", false, unitParty(Party.Role.MAIN, "BGT"),
				signer("D0001")), BODY)).isEmpty();
	}

	@Test
	void upwardDocumentsHaveOneMainRecipient() {
		assertThat(blocking(doc(DocumentType.REPORT, Direction.UP, "DYS", "调研室关于工作情况的报告", false, unitParty(Party.Role.MAIN, "BGT"),
				body(Party.Role.MAIN, "ZYWYH"), signer("D0001")), BODY)).contains("upOneRecipient");
	}

	@Test
	void upwardDocumentsNameASignerForEachIssuingOrgan() {
		assertThat(blocking(doc(DocumentType.REPORT, Direction.UP, "DYS", "调研室关于工作情况的报告", false, unitParty(Party.Role.MAIN, "BGT")), BODY))
			.contains("upSigner");
		assertThat(blocking(doc(DocumentType.REPORT, Direction.UP, "DYS", "调研室关于工作情况的报告", false, unitParty(Party.Role.CO_ISSUER, "MSJ"),
				unitParty(Party.Role.MAIN, "BGT"), signer("D0001")), BODY)).contains("upSigner");
	}

	@Test
	void upwardDocumentsAreNeverCopiedToSubordinates() {
		assertThat(blocking(doc(DocumentType.REPORT, Direction.UP, "BGT", "办公厅关于工作情况的报告", false, body(Party.Role.MAIN, "ZYWYH"),
				unitParty(Party.Role.COPY, "DYS"), signer("D0001")), BODY)).contains("upNoSubordinateCopies");
		assertThat(blocking(doc(DocumentType.REPORT, Direction.UP, "BGT", "办公厅关于工作情况的报告", false, body(Party.Role.MAIN, "ZYWYH"),
				organ(Party.Role.COPY, "BJS"), signer("D0001")), BODY)).contains("upNoSubordinateCopies");
	}

	@Test
	void upwardDocumentsFollowTheReportingLine() {
		assertThat(blocking(doc(DocumentType.REPORT, Direction.UP, "DYS", "调研室关于工作情况的报告", false, unitParty(Party.Role.MAIN, "MSJ"),
				signer("D0001")), BODY)).contains("upNotSuperior");
	}

	@Test
	void skippingALevelNeedsTheSkippedSuperiorCopied() {
		String code = "DYS" + (System.nanoTime() % 1000);
		UUID section = SignInTestsAccess.asAdmin(() -> organization.createUnit(new UnitDraft(code, "调研室一处", null, UnitType.DEPARTMENT, Rank.BUREAU,
				unit("DYS"), 1))).id();
		OutgoingDocument skipping = new OutgoingDocument(UUID.randomUUID(), DocumentType.REQUEST, Direction.UP, section, "测发", "测试", UUID.randomUUID(),
				Instant.now());
		List<Party> parties = new ArrayList<>(List.of(unitParty(Party.Role.MAIN, "BGT"), signer("D0001")));
		skipping.write("调研室一处关于调研经费的请示", Urgency.NORMAL, null, false, null, "[]", parties, Instant.now());
		assertThat(rules.check(skipping, Body.parse(BODY))).extracting(Finding::rule).contains("noSkipping");
		parties.add(unitParty(Party.Role.COPY, "DYS"));
		skipping.write("调研室一处关于调研经费的请示", Urgency.NORMAL, null, false, null, "[]", parties, Instant.now());
		assertThat(rules.check(skipping, Body.parse(BODY))).extracting(Finding::rule).doesNotContain("noSkipping");
	}

	@Test
	void aRequestCarriesOneMatterAsAWarning() {
		var findings = rules.check(doc(DocumentType.REQUEST, Direction.UP, "DYS", "调研室关于两件事的请示", false, unitParty(Party.Role.MAIN, "BGT"),
				signer("D0001")), Body.parse("一、关于经费\n请批准。\n二、关于人员\n请批准。"));
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo("requestOneMatter");
			assertThat(f.blocking()).isFalse();
		});
	}

	@Test
	void aReportCarriesNoRequest() {
		assertThat(broken(doc(DocumentType.REPORT, Direction.UP, "DYS", "调研室关于调研情况的报告", false, unitParty(Party.Role.MAIN, "BGT"),
				signer("D0001")), "调研已完成。以上报告妥否，请批示。")).containsExactly("reportNoRequest");
	}

	@Test
	void documentsAreNotAddressedToAnIndividualLeader() {
		assertThat(blocking(doc(DocumentType.LETTER, Direction.LEVEL, "DYS", "调研室关于商请提供资料的函", false,
				new Party(Party.Role.MAIN, Party.Kind.PERSON, organization.personByStaffNumber("D0001").orElseThrow().id())), BODY))
			.contains("noIndividualLeader");
	}

	@Test
	void importantDownwardDocumentsCopyTheSuperior() {
		String title = "调研室关于开展调研的通知";
		var without = broken(doc(DocumentType.NOTICE, Direction.LEVEL, "DYS", title, true, unitParty(Party.Role.MAIN, "MSJ")), BODY);
		assertThat(without).doesNotContain("downCopySuperior");
		OutgoingDocument down = doc(DocumentType.DECISION, Direction.DOWN, "BGT", "中共中央办公厅关于表彰的决定", true, unitParty(Party.Role.MAIN, "DYS"));
		assertThat(broken(down, BODY)).doesNotContain("downCopySuperior");
		String code = "MSJ" + (System.nanoTime() % 1000);
		UUID section = SignInTestsAccess.asAdmin(() -> organization.createUnit(new UnitDraft(code, "秘书局一处", null, UnitType.DEPARTMENT, Rank.BUREAU,
				unit("MSJ"), 1))).id();
		OutgoingDocument fromMsj = new OutgoingDocument(UUID.randomUUID(), DocumentType.NOTICE, Direction.DOWN, unit("MSJ"), "测发", "测试", UUID.randomUUID(),
				Instant.now());
		fromMsj.write("秘书局关于值班安排的通知", Urgency.NORMAL, null, true, null, "[]", List.of(Party.unit(Party.Role.MAIN, section)), Instant.now());
		assertThat(rules.check(fromMsj, Body.parse(BODY))).filteredOn(f -> f.rule().equals("downCopySuperior")).singleElement()
			.satisfies(f -> assertThat(f.blocking()).isFalse());
	}

	@Test
	void onlyTheGeneralOfficeSendsDirectivesToLowerLeadershipBodies() {
		assertThat(blocking(doc(DocumentType.NOTICE, Direction.DOWN, "DYS", "调研室关于报送材料的通知", false, organ(Party.Role.MAIN, "BJS")), BODY))
			.contains("directiveToLowerBodies");
		assertThat(blocking(doc(DocumentType.NOTICE, Direction.DOWN, "BGT", "中共中央办公厅关于报送材料的通知", false, organ(Party.Role.MAIN, "BJS")), BODY))
			.doesNotContain("directiveToLowerBodies");
	}

	@Test
	void downwardDocumentsGoToSubordinates() {
		assertThat(blocking(doc(DocumentType.NOTICE, Direction.DOWN, "DYS", "调研室关于报送材料的通知", false, unitParty(Party.Role.MAIN, "MSJ")), BODY))
			.contains("downNotSubordinate");
	}

	@Test
	void jointDocumentsOnlyBetweenOrgansOfTheSameLevel() {
		assertThat(blocking(doc(DocumentType.NOTICE, Direction.LEVEL, "DYS", "调研室、中央档案馆关于联合调研的通知", false,
				unitParty(Party.Role.CO_ISSUER, "DAG"), unitParty(Party.Role.MAIN, "MSJ")), BODY)).contains("jointSameLevel");
		assertThat(blocking(doc(DocumentType.NOTICE, Direction.LEVEL, "DYS", "调研室、法规局关于联合调研的通知", false,
				unitParty(Party.Role.CO_ISSUER, "FGJ"), unitParty(Party.Role.MAIN, "MSJ")), BODY)).doesNotContain("jointSameLevel");
	}

	@Test
	void theTitleEndsWithTheTypeAsAWarning() {
		assertThat(rules.check(doc(DocumentType.NOTICE, Direction.LEVEL, "DYS", "关于调研工作的安排", false, unitParty(Party.Role.MAIN, "MSJ")),
				Body.parse(BODY))).extracting(Finding::rule, Finding::blocking).containsExactly(org.assertj.core.groups.Tuple.tuple("titleEndsWithType", false));
	}

	@Test
	void aDocumentNeedsARecipientAndABody() {
		assertThat(blocking(doc(DocumentType.NOTICE, Direction.LEVEL, "DYS", "调研室关于调研工作的通知", false), "")).contains("mainRecipientRequired",
				"bodyRequired");
	}

	@Test
	void typesTravelOnlyInTheirDirections() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> doc(DocumentType.REQUEST, Direction.DOWN, "DYS", "x", false))
			.isInstanceOf(org.chancery.kernel.DomainException.class).extracting(e -> ((org.chancery.kernel.DomainException) e).messageKey())
			.isEqualTo("rule.direction");
	}
}
