package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the outgoing route (RULES.md §1.4), driven through the services as the people on it. */
@ChanceryTest
class RoutingTests {

	@Autowired
	Drafting drafting;

	@Autowired
	Routing routing;

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

	UUID person(String staffNumber) {
		return organization.personByStaffNumber(staffNumber).orElseThrow().id();
	}

	/** A notice from the Research Department to the Secretariat, countersigned by it, signed by the director of the office. */
	Drafting.Draft notice(List<UUID> countersign, List<UUID> signers) {
		return new Drafting.Draft(DocumentType.NOTICE, Direction.LEVEL, unit("DYS"), "中共中央办公厅调研室关于做好年度调研工作的通知", Urgency.URGENT,
				null, false, null, "一、总体要求\n各单位要高度重视。\n二、工作安排\n（一）时间安排\n1. 十二月底前完成。", null, null,
				List.of(new Addressee(Party.Kind.UNIT, unit("MSJ"))), List.of(), countersign, signers, null, null, null);
	}

	OutgoingDocument state(UUID id) {
		return as("drafter", () -> drafting.document(id));
	}

	@Test
	void straightThroughFromDraftToPrinting() {
		OutgoingDocument doc = as("drafter", () -> drafting.create(notice(List.of(unit("MSJ")), List.of(person("D0001")))));
		assertThat(doc.state()).isEqualTo(OutgoingDocument.State.DRAFT);
		assertThat(doc.organMark()).isEqualTo("中共中央办公厅调研室文件");
		as("drafter", () -> routing.submit(doc.id()));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.COUNTERSIGN);
		// the step is the Secretariat's head's, not the clerk's
		assertThatThrownBy(() -> as("clerk", () -> routing.countersign(doc.id(), new Routing.Countersign(true, null))))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("document.notYourStep");
		as("director", () -> routing.countersign(doc.id(), new Routing.Countersign(true, "同意")));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.REVIEW);
		as("director", () -> routing.review(doc.id(), new Routing.Review(true, "请王主任审签", null)));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.SIGN_OFF);
		as("leader", () -> routing.signOff(doc.id(), new Routing.SignOff(true, "同意")));
		OutgoingDocument signed = state(doc.id());
		assertThat(signed.state()).isEqualTo(OutgoingDocument.State.RECHECK);
		assertThat(signed.writtenOn()).isEqualTo(LocalDate.now());
		as("director", () -> routing.recheck(doc.id(), new Routing.Recheck("核对无误")));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.REGISTRATION);
		OutgoingDocument registered = as("clerk", () -> routing.register(doc.id(), new Routing.Registration(5)));
		assertThat(registered.referenceNumber()).matches(ReferenceNumber.PATTERN.pattern()).startsWith("中办调发〔" + LocalDate.now().getYear() + "〕");
		assertThat(registered.state()).isEqualTo(OutgoingDocument.State.PRINTING);
		as("clerk", () -> routing.print(doc.id()));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.DISPATCH);
		assertThat(as("drafter", () -> drafting.timeline(doc.id()))).extracting(DocumentStep::action).containsExactly(
				DocumentStep.Action.CREATED, DocumentStep.Action.SUBMITTED, DocumentStep.Action.AGREED, DocumentStep.Action.SENT_FOR_SIGNATURE,
				DocumentStep.Action.SIGNED, DocumentStep.Action.RECHECKED, DocumentStep.Action.REGISTERED, DocumentStep.Action.PRINTED);
		// someone off the route does not see it at all
		assertThatThrownBy(() -> as("accountant", () -> drafting.document(doc.id()))).isInstanceOf(NotFoundException.class);
	}

	OutgoingDocument submitted(Drafting.Draft draft) {
		OutgoingDocument doc = as("drafter", () -> drafting.create(draft));
		as("drafter", () -> routing.submit(doc.id()));
		return doc;
	}

	@Test
	void reviewReturnsToTheDrafterWithAReasonAndTheResubmissionRunsAgain() {
		OutgoingDocument doc = submitted(notice(List.of(), List.of(person("D0001"))));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.REVIEW);
		assertThatThrownBy(() -> as("director", () -> routing.review(doc.id(), new Routing.Review(false, " ", null))))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("document.reasonRequired");
		as("director", () -> routing.review(doc.id(), new Routing.Review(false, "请补充时间安排", null)));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.RETURNED);
		as("drafter", () -> drafting.update(doc.id(), notice(List.of(), List.of(person("D0001")))));
		as("drafter", () -> routing.submit(doc.id()));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.REVIEW);
		assertThat(as("drafter", () -> drafting.timeline(doc.id()))).filteredOn(s -> s.action() == DocumentStep.Action.RETURNED)
			.singleElement().satisfies(s -> assertThat(s.opinion()).isEqualTo("请补充时间安排"));
	}

	@Test
	void aCountersigningUnitThatRefusesSendsTheDraftBack() {
		OutgoingDocument doc = submitted(notice(List.of(unit("MSJ"), unit("BGT")), List.of(person("D0001"))));
		assertThat(as("director", () -> routing.openSteps(doc.id()))).hasSize(2);
		as("director", () -> routing.countersign(doc.id(), new Routing.Countersign(false, "时间安排与秘书局计划冲突")));
		// one refusal ends the countersigning: the other unit's step is withdrawn
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.RETURNED);
		assertThat(as("drafter", () -> routing.openSteps(doc.id()))).extracting(Routing.OpenStep::step).containsExactly("revise");
	}

	@Test
	void aChangeAfterSigningGoesBackToTheSigner() {
		OutgoingDocument doc = submitted(notice(List.of(), List.of(person("D0001"))));
		as("director", () -> routing.review(doc.id(), new Routing.Review(true, null, null)));
		as("leader", () -> routing.signOff(doc.id(), new Routing.SignOff(true, "同意")));
		Drafting.Draft changed = new Drafting.Draft(DocumentType.NOTICE, Direction.LEVEL, unit("DYS"), "中共中央办公厅调研室关于做好年度调研工作的通知",
				Urgency.URGENT, null, false, null, "一、总体要求\n各单位要高度重视，认真组织。", null, null,
				List.of(new Addressee(Party.Kind.UNIT, unit("MSJ"))), List.of(), List.of(), List.of(person("D0001")), null, null, null);
		as("director", () -> drafting.update(doc.id(), changed));
		as("director", () -> routing.recheck(doc.id(), new Routing.Recheck("正文有实质修改")));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.SIGN_OFF);
		as("leader", () -> routing.signOff(doc.id(), new Routing.SignOff(true, "同意修改")));
		as("director", () -> routing.recheck(doc.id(), new Routing.Recheck(null)));
		assertThat(state(doc.id()).state()).isEqualTo(OutgoingDocument.State.REGISTRATION);
	}

	@Test
	void aDeputyActingOnDelegationSignsWithDai() {
		as("leader", () -> routing.delegate(new Routing.DelegationRequest(person("D0002"), LocalDate.now(), LocalDate.now().plusDays(7), "出差期间")));
		OutgoingDocument doc = submitted(notice(List.of(), List.of(person("D0001"))));
		as("director", () -> routing.review(doc.id(), new Routing.Review(true, null, null)));
		as("deputy", () -> routing.signOff(doc.id(), new Routing.SignOff(true, "同意")));
		assertThat(as("drafter", () -> drafting.timeline(doc.id()))).filteredOn(s -> s.action() == DocumentStep.Action.SIGNED).singleElement()
			.satisfies(s -> {
				assertThat(s.actorName()).isEqualTo("李国强");
				assertThat(s.onBehalfOf()).isEqualTo("代王振华");
			});
		// without a delegation, a deputy cannot sign for another leader
		OutgoingDocument other = submitted(notice(List.of(), List.of(person("D0002"))));
		as("director", () -> routing.review(other.id(), new Routing.Review(true, null, null)));
		assertThatThrownBy(() -> as("leader", () -> routing.signOff(other.id(), new Routing.SignOff(true, "同意"))))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void blockingRulesRefuseSubmissionAndWarningsNeedAReasonAtReview() {
		OutgoingDocument blocked = as("drafter", () -> drafting.create(notice(List.of(), List.of(person("D0005")))));
		assertThatThrownBy(() -> as("drafter", () -> routing.submit(blocked.id()))).isInstanceOf(RulesViolated.class)
			.satisfies(e -> assertThat(((RulesViolated) e).findings()).extracting(Finding::rule).containsExactly("signerNotLeader"));
		assertThat(state(blocked.id()).state()).isEqualTo(OutgoingDocument.State.DRAFT);

		Drafting.Draft untitled = new Drafting.Draft(DocumentType.NOTICE, Direction.LEVEL, unit("DYS"), "关于调研工作的安排", null, null, false, null,
				"请做好准备。", null, null, List.of(new Addressee(Party.Kind.UNIT, unit("MSJ"))), null, null, List.of(person("D0001")), null, null, null);
		OutgoingDocument warned = submitted(untitled);
		assertThat(state(warned.id()).openWarnings()).containsExactly("titleEndsWithType");
		assertThatThrownBy(() -> as("director", () -> routing.review(warned.id(), new Routing.Review(true, null, null))))
			.isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("document.overrideRequired");
		as("director", () -> routing.review(warned.id(), new Routing.Review(true, null, "内部安排，沿用惯例标题")));
		assertThat(state(warned.id()).openWarnings()).isEmpty();
		assertThat(as("drafter", () -> drafting.timeline(warned.id()))).extracting(DocumentStep::action).contains(DocumentStep.Action.OVERRIDDEN);
	}

	@Test
	void versionsRecordEverySaveAndCompareShowsTheChanges() {
		OutgoingDocument doc = as("drafter", () -> drafting.create(notice(List.of(), List.of(person("D0001")))));
		Drafting.Draft second = new Drafting.Draft(DocumentType.NOTICE, Direction.LEVEL, unit("DYS"), "中共中央办公厅调研室关于做好年终调研工作的通知",
				Urgency.URGENT, null, false, null, "一、总体要求\n各单位要高度重视。\n二、工作安排\n（一）时间安排\n1. 十一月底前完成。", null, null,
				List.of(new Addressee(Party.Kind.UNIT, unit("MSJ"))), List.of(new Addressee(Party.Kind.UNIT, unit("BGT"))), List.of(),
				List.of(person("D0001")), null, null, null);
		as("drafter", () -> drafting.update(doc.id(), second));
		assertThat(as("drafter", () -> drafting.versions(doc.id()))).extracting(DocumentVersion::number).containsExactly(2, 1);
		List<Drafting.Change> changes = as("drafter", () -> drafting.compare(doc.id(), 1, 2));
		assertThat(changes).extracting(Drafting.Change::field).containsExactly("title", "copiedTo", "body", "body");
		assertThat(changes).contains(new Drafting.Change("body", "1. 十二月底前完成。", ""), new Drafting.Change("body", "", "1. 十一月底前完成。"),
				new Drafting.Change("copiedTo", "", "中共中央办公厅"));
	}
}
