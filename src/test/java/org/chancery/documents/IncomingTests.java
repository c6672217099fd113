package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.secrecy.CarrierCopy;
import org.chancery.secrecy.Custody;
import org.chancery.support.ChanceryTest;
import org.chancery.support.TestClock;
import org.chancery.workflow.Inbox;
import org.chancery.workflow.TodoItem;
import org.chancery.workflow.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Incoming documents, each path of RULES §1.5: straight through for action, return to the sender,
 * circulation with a skip, instruction with lead and co-units, chasing an overdue item, a reply started
 * and linked; signed packages; classified documents in the copy register and behind their scope.
 */
@ChanceryTest
@RecordApplicationEvents
class IncomingTests {

	@Autowired
	Receiving receiving;

	@Autowired
	Handling handling;

	@Autowired
	IncomingRegistry registry;

	@Autowired
	Drafting drafting;

	@Autowired
	Routing routing;

	@Autowired
	Dispatching dispatching;

	@Autowired
	Custody custody;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Inbox inbox;

	@Autowired
	OrganKeys keys;

	@Autowired
	PadesSignatures signatures;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Organization organization;

	@Autowired
	ApplicationEvents events;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	<T> T as(String username, Supplier<T> action) {
		return SignInTestsAccess.asUser(accounts, username, action);
	}

	UUID unit(String code) {
		return organization.unitByCode(code).orElseThrow().id();
	}

	UUID organ(String code) {
		return organization.externalOrgans().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().id();
	}

	UUID account(String username) {
		return SignInTestsAccess.account(accounts, username).id();
	}

	static final byte[] PDF = LayoutSamples.typesetting().render(LayoutSamples.down());

	Receiving.Receipt receipt(String title, Urgency urgency, String marking, String copy) {
		return new Receiving.Receipt(unit("MSJ"), Party.Kind.EXTERNAL, organ("CZB"), null, "财办〔2026〕8号", title, DocumentType.REQUEST, urgency, marking,
				copy, LocalDate.now(clock).minusDays(2));
	}

	/** An external request uploaded, signed for, registered and reviewed by the clerk with the given decision. */
	IncomingDocument reviewed(String title, Receiving.Decision decision, Urgency urgency, LocalDate deadline) {
		IncomingDocument d = as("clerk", () -> receiving.upload(receipt(title, urgency, null, null), "来文.pdf", PDF));
		as("clerk", () -> receiving.signFor(d.id(), new Receiving.SignFor(1, 3)));
		as("clerk", () -> receiving.register(d.id()));
		return as("clerk", () -> receiving.review(d.id(), new Receiving.Review(true, true, true, true, decision, null, null, deadline)));
	}

	List<TodoItem> todo(String username) {
		return as(username, () -> inbox.itemsFor(username));
	}

	@Test
	void straightThroughForAction() {
		IncomingDocument d = as("clerk", () -> receiving.upload(receipt("财政部关于拨付调研经费的请示", Urgency.NORMAL, null, null), "来文.pdf", PDF));
		assertThat(d.state()).isEqualTo(IncomingDocument.State.ARRIVED);
		assertThat(todo("clerk")).extracting(TodoItem::messageKey, TodoItem::link).contains(org.assertj.core.groups.Tuple.tuple("todo.incoming.ARRIVED",
				"/incoming/" + d.id()));
		// a person of another unit does not see it
		assertThatThrownBy(() -> as("drafter", () -> handling.view(d.id()))).isInstanceOf(NotFoundException.class);

		as("clerk", () -> receiving.signFor(d.id(), new Receiving.SignFor(2, 5)));
		IncomingDocument registered = as("clerk", () -> receiving.register(d.id()));
		int year = LocalDate.now(clock).getYear();
		assertThat(registered.registrationNumber()).matches("收文〔" + year + "〕\\d+号");
		assertThat(registered.copies()).isEqualTo(2);
		assertThat(registered.signedForAt()).isNotNull();
		assertThat(as("clerk", () -> receiving.original(d.id())).bytes()).isEqualTo(PDF);

		as("clerk", () -> receiving.review(d.id(), new Receiving.Review(true, true, true, true, Receiving.Decision.ACTION, "请调研室研办", null, null)));
		as("director", () -> handling.propose(d.id(), new Handling.ProposalDraft("拟请调研室研究办理。", account("leader"))));
		assertThat(as("director", () -> handling.view(d.id())).location().key()).isEqualTo("incoming.location.INSTRUCTING");
		assertThat(todo("leader")).extracting(TodoItem::messageKey).contains("todo.incoming.instruct");
		// a clerk cannot instruct; only leaders do
		assertThatThrownBy(() -> as("clerk", () -> handling.instruct(d.id(), new Handling.InstructionDraft("同意", null, null, null, null))))
			.isInstanceOf(DomainException.class);

		Instruction i = as("leader", () -> handling.instruct(d.id(), new Handling.InstructionDraft("同意，请调研室牵头办理。", unit("DYS"), List.of(unit("MSJ")),
				null, 5)));
		assertThat(i.deadline()).isEqualTo(workingDays.plus(LocalDate.now(clock), 5));
		assertThat(events.stream(InstructionGiven.class)).filteredOn(e -> e.incomingId().equals(d.id())).singleElement().satisfies(e -> {
			assertThat(e.text()).isEqualTo("同意，请调研室牵头办理。");
			assertThat(e.leadUnitId()).isEqualTo(unit("DYS"));
			assertThat(e.coUnitIds()).containsExactly(unit("MSJ"));
			assertThat(e.deadline()).isEqualTo(i.deadline());
			assertThat(e.registrationNumber()).isEqualTo(registered.registrationNumber());
		});
		// the lead unit now sees it and has it in its to-do list; it is with the lead unit
		Handling.View v = as("drafter", () -> handling.view(d.id()));
		assertThat(v.location().key()).isEqualTo("incoming.location.LEAD");
		assertThat(v.location().names()).containsExactly("调研室");
		assertThat(todo("drafter")).extracting(TodoItem::messageKey).contains("todo.incoming.lead");
		assertThatThrownBy(() -> as("clerk", () -> handling.done(d.id(), new Handling.Note(null)))).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("incoming.leadNotReported");
		Assignment lead = v.assignments().stream().filter(Assignment::lead).findFirst().orElseThrow();
		// only the unit reports on its share
		assertThatThrownBy(() -> as("archivist", () -> handling.report(lead.id(), new Handling.Report("x")))).isInstanceOf(NotFoundException.class);
		as("drafter", () -> handling.report(lead.id(), new Handling.Report("已拨付，见附件。")));
		IncomingDocument done = as("clerk", () -> handling.done(d.id(), new Handling.Note("已按批示办结")));
		assertThat(done.state()).isEqualTo(IncomingDocument.State.DONE);
		assertThat(as("clerk", () -> handling.view(d.id())).location().key()).isEqualTo("incoming.location.DONE");
	}

	@Test
	void aDocumentFromChanceryArrivesByItselfAndCanBeReturnedToItsSender() {
		OutgoingDocument out = dispatchedToTheSecretariat();
		IncomingDocument d = as("clerk", () -> registry.find(new IncomingRegistry.Filter(IncomingDocument.State.ARRIVED, null, null, "调研室", null, null,
				false, null), IncomingRegistry.Sort.NEWEST, 0, 20)).items().stream().filter(x -> out.id().equals(x.outgoingId())).findFirst().orElseThrow();
		assertThat(d.source()).isEqualTo(IncomingDocument.Source.CHANCERY);
		assertThat(d.senderReference()).isEqualTo(as("drafter", () -> drafting.document(out.id())).referenceNumber());
		as("clerk", () -> receiving.signFor(d.id(), new Receiving.SignFor(1, 2)));
		assertThat(as("drafter", () -> dispatching.deliveries(out.id()))).filteredOn(x -> x.kind() == Party.Kind.UNIT).singleElement()
			.extracting(Delivery::state).isEqualTo(Delivery.State.RECEIVED);
		as("clerk", () -> receiving.register(d.id()));
		// a failed point of the checklist means the document goes back, and back only with a reason
		assertThatThrownBy(() -> as("clerk", () -> receiving.review(d.id(), new Receiving.Review(false, true, true, true, Receiving.Decision.INFORMATION,
				null, null, null)))).isInstanceOf(FieldException.class).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("incoming.checklistFailed");
		assertThatThrownBy(() -> as("clerk", () -> receiving.review(d.id(), new Receiving.Review(false, true, true, true, Receiving.Decision.RETURN,
				null, " ", null)))).isInstanceOf(FieldException.class);
		IncomingDocument returned = as("clerk", () -> receiving.review(d.id(), new Receiving.Review(false, true, true, true, Receiving.Decision.RETURN,
				null, "不属本单位职责，请径送相关部门", null)));
		assertThat(returned.state()).isEqualTo(IncomingDocument.State.RETURNED);
		// the sender sees the return on its delivery
		assertThat(as("drafter", () -> dispatching.deliveries(out.id()))).filteredOn(x -> x.kind() == Party.Kind.UNIT).singleElement().satisfies(x -> {
			assertThat(x.state()).isEqualTo(Delivery.State.RETURNED);
			assertThat(x.returnedReason()).isEqualTo("不属本单位职责，请径送相关部门");
		});
		assertThat(as("clerk", () -> handling.view(d.id())).location().key()).isEqualTo("incoming.location.RETURNED");
	}

	OutgoingDocument dispatchedToTheSecretariat() {
		Drafting.Draft draft = new Drafting.Draft(DocumentType.NOTICE, Direction.LEVEL, unit("DYS"), "中共中央办公厅调研室关于报送年度调研计划的通知", null, null,
				false, null, "请于月底前报送。", null, null, List.of(new Addressee(Party.Kind.UNIT, unit("MSJ"))), List.of(), List.of(),
				List.of(organization.personByStaffNumber("D0001").orElseThrow().id()), null, null, null);
		OutgoingDocument doc = RouteToPrinting.printed(drafting, routing, accounts, draft, "clerk", 2);
		as("clerk", () -> dispatching.dispatch(doc.id(), new Dispatching.DispatchRequest(null)));
		return doc;
	}

	@Test
	void aCirculationPassesFromLeaderToLeaderAndASkipNeedsAReason() {
		IncomingDocument d = reviewed("国务院办公厅关于年度工作安排的通报", Receiving.Decision.INFORMATION, Urgency.NORMAL, null);
		Circulation c = as("clerk", () -> handling.circulate(d.id(), new Handling.CirculationDraft(Circulation.Mode.ORDERED, null)));
		// by default the leaders, in order of precedence
		assertThat(c.stops()).extracting(CirculationStop::readerName).containsExactly("王振华", "李国强");
		assertThat(as("clerk", () -> handling.view(d.id())).location().names()).containsExactly("王振华");
		assertThat(todo("leader")).extracting(TodoItem::messageKey).contains("todo.incoming.read");
		assertThat(todo("deputy")).extracting(TodoItem::messageKey).doesNotContain("todo.incoming.read");
		assertThatThrownBy(() -> as("deputy", () -> handling.read(c.id(), new Handling.Note(null)))).isInstanceOf(DomainException.class);
		// only one circulation at a time
		assertThatThrownBy(() -> as("clerk", () -> handling.circulate(d.id(), new Handling.CirculationDraft(Circulation.Mode.PARALLEL, null))))
			.isInstanceOf(DomainException.class);
		as("leader", () -> handling.read(c.id(), new Handling.Note("请各位阅")));
		UUID deputyStop = c.stops().get(1).id();
		assertThatThrownBy(() -> as("clerk", () -> handling.skip(c.id(), deputyStop, new Handling.Reason("")))).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("circulation.skipNeedsReason");
		assertThat(as("clerk", () -> handling.view(d.id())).location().names()).containsExactly("李国强");
		// a reader is never skipped by someone outside the office
		assertThatThrownBy(() -> as("leader", () -> handling.skip(c.id(), deputyStop, new Handling.Reason("出差")))).isInstanceOf(DomainException.class);
		Circulation ended = as("clerk", () -> handling.skip(c.id(), deputyStop, new Handling.Reason("出差在外")));
		assertThat(ended.state()).isEqualTo(Circulation.State.FINISHED);
		assertThat(ended.stops()).extracting(CirculationStop::state, CirculationStop::comment, CirculationStop::reason).containsExactly(
				org.assertj.core.groups.Tuple.tuple(CirculationStop.State.READ, "请各位阅", null),
				org.assertj.core.groups.Tuple.tuple(CirculationStop.State.SKIPPED, null, "出差在外"));
		assertThat(as("clerk", () -> handling.view(d.id())).location().key()).isEqualTo("incoming.location.OFFICE");
		as("clerk", () -> handling.done(d.id(), new Handling.Note(null)));
	}

	@Test
	void anOverdueItemIsSeenAndChasedByItsChaser() {
		// urgent and handed to a unit: a deadline is required, and the one set at the review carries over
		IncomingDocument info = reviewed("财政部关于预算执行情况的通报", Receiving.Decision.INFORMATION, Urgency.URGENT, null);
		assertThatThrownBy(() -> as("leader", () -> handling.instruct(info.id(), new Handling.InstructionDraft("请办理", unit("DYS"), null, null, null))))
			.isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("deadline");
		IncomingDocument urgent = reviewed("财政部关于报送预算调整方案的函", Receiving.Decision.ACTION, Urgency.URGENT, LocalDate.now(clock).plusDays(20));
		assertThat(as("leader", () -> handling.instruct(urgent.id(), new Handling.InstructionDraft("请研究", unit("MSJ"), null, null, null))).deadline())
			.isEqualTo(LocalDate.now(clock).plusDays(20));
		IncomingDocument d = reviewed("财政部关于加快预算执行的函", Receiving.Decision.ACTION, Urgency.URGENT, LocalDate.now(clock).plusDays(20));
		// co-units without a lead unit are refused
		assertThatThrownBy(() -> as("leader", () -> handling.instruct(d.id(), new Handling.InstructionDraft("请办理", null, List.of(unit("DYS")), null, 2))))
			.isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("leadUnitId");
		as("leader", () -> handling.instruct(d.id(), new Handling.InstructionDraft("请调研室抓紧办理", unit("DYS"), null, null, 2)));
		as("clerk", () -> handling.nameChaser(d.id(), account("supervisor")));
		assertThat(as("supervisor", () -> handling.late())).isEmpty();
		// two weeks on, the lead unit has not reported
		clock.advance(Duration.ofDays(14));
		assertThat(as("supervisor", () -> handling.late())).filteredOn(l -> l.document().id().equals(d.id())).extracting(Handling.Late::what)
			.contains("document", "lead");
		assertThat(todo("supervisor")).extracting(TodoItem::messageKey).contains("todo.incoming.chase");
		assertThat(as("clerk", () -> registry.find(new IncomingRegistry.Filter(null, null, null, null, null, null, true, null), IncomingRegistry.Sort.DEADLINE,
				0, 50)).items()).extracting(IncomingDocument::id).contains(d.id());
		assertThatThrownBy(() -> as("drafter", () -> handling.chase(d.id()))).isInstanceOf(DomainException.class);
		List<Assignment> chased = as("supervisor", () -> handling.chase(d.id()));
		assertThat(chased).singleElement().extracting(Assignment::chaseCount).isEqualTo(1);
		assertThat(as("supervisor", () -> handling.view(d.id())).document().chaseCount()).isEqualTo(1);
		assertThat(as("supervisor", () -> handling.view(d.id())).overdue()).isTrue();
	}

	@Test
	void aReplyIsStartedPrefilledAndLinkedBothWays() {
		IncomingDocument d = reviewed("财政部关于申请专项调研经费的请示", Receiving.Decision.ACTION, Urgency.NORMAL, null);
		as("leader", () -> handling.instruct(d.id(), new Handling.InstructionDraft("请调研室研究答复", unit("DYS"), null, null, 10)));
		OutgoingDocument reply = as("drafter", () -> handling.startReply(d.id(), new Handling.ReplyDraft(DocumentType.REPLY, unit("DYS"))));
		assertThat(reply.title()).isEqualTo("关于申请专项调研经费的批复");
		assertThat(reply.replyTo()).isEqualTo(d.id());
		assertThat(reply.parties(Party.Role.MAIN)).extracting(Party::refId).containsExactly(organ("CZB"));
		assertThat(as("drafter", () -> drafting.body(drafting.document(reply.id())).text())).contains("《财政部关于申请专项调研经费的请示》（财办〔2026〕8号）收悉");
		assertThat(as("drafter", () -> handling.view(d.id())).reply()).extracting(OutgoingDocument::id).isEqualTo(reply.id());
		// the chaser sees the incoming document, but not a draft that is not on their route
		as("clerk", () -> handling.nameChaser(d.id(), account("supervisor")));
		assertThat(as("supervisor", () -> handling.view(d.id())).reply()).isNull();
		assertThatThrownBy(() -> as("drafter", () -> handling.startReply(d.id(), new Handling.ReplyDraft(DocumentType.LETTER, unit("DYS")))))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> as("drafter", () -> handling.startReply(d.id(), new Handling.ReplyDraft(DocumentType.NOTICE, unit("DYS")))))
			.isInstanceOf(FieldException.class);
	}

	@Test
	void aSignedPackageIsAcceptedAndAnUnsignedOrAlteredOneRefused() {
		byte[] signed = signatures.sign(PDF, keys.of(organ("GWYBGT"), "国务院办公厅"), "国务院办公厅", "发文", Instant.now());
		var meta = new Receiving.Receipt(unit("MSJ"), Party.Kind.EXTERNAL, organ("GWYBGT"), null, "国办函〔2026〕3号", "国务院办公厅关于协助做好会议服务的函",
				DocumentType.LETTER, Urgency.NORMAL, null, null, null);
		IncomingDocument d = as("clerk", () -> receiving.deliverPackage(meta, "pkg.pdf", signed));
		assertThat(d.source()).isEqualTo(IncomingDocument.Source.PACKAGE);
		assertThat(d.signatureSigner()).contains("国务院办公厅");
		assertThat(d.senderName()).isEqualTo("国务院办公厅");
		byte[] altered = signed.clone();
		altered[altered.length / 3] ^= 0x01;
		assertThatThrownBy(() -> as("clerk", () -> receiving.deliverPackage(meta, "pkg.pdf", altered))).isInstanceOf(FieldException.class);
		assertThatThrownBy(() -> as("clerk", () -> receiving.deliverPackage(meta, "pkg.pdf", PDF))).isInstanceOf(FieldException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("incoming.packageUnsigned");
		assertThatThrownBy(() -> as("clerk", () -> receiving.attachScan(d.id(), "x.pdf", PDF))).isInstanceOf(DomainException.class);
	}

	@Test
	void aClassifiedPaperDocumentEntersTheCopyRegisterAndStaysInsideItsScope() {
		var meta = receipt("财政部关于预算编制的机密通报", Urgency.NORMAL, "机密★10年", null);
		assertThatThrownBy(() -> as("clerk", () -> receiving.paper(meta))).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("incoming.confidentialClerkOnly");
		assertThatThrownBy(() -> as("confclerk", () -> receiving.paper(meta))).isInstanceOf(FieldException.class)
			.extracting(e -> ((FieldException) e).field()).isEqualTo("copyNumber");
		IncomingDocument d = as("confclerk", () -> receiving.paper(receipt("财政部关于预算编制的机密通报", Urgency.NORMAL, "机密★10年", "12")));
		assertThat(d.copyNumber()).isEqualTo("000012");
		as("confclerk", () -> receiving.signFor(d.id(), new Receiving.SignFor(1, 4)));
		assertThat(as("confclerk", () -> custody.copiesOf(d.id()))).singleElement().satisfies(c -> {
			assertThat(c.label()).isEqualTo("000012");
			assertThat(c.state()).isEqualTo(CarrierCopy.State.RECEIVED);
		});
		as("confclerk", () -> receiving.attachScan(d.id(), "scan.pdf", PDF));
		assertThat(as("confclerk", () -> receiving.original(d.id())).bytes()).isEqualTo(PDF);
		as("confclerk", () -> receiving.register(d.id()));
		as("confclerk", () -> receiving.review(d.id(), new Receiving.Review(true, true, true, true, Receiving.Decision.ACTION, null, null, null)));
		// outside the scope (another unit) and below the level (the Secretariat's clerk, 秘密): as if it did not exist
		assertThatThrownBy(() -> as("drafter", () -> handling.view(d.id()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as("clerk", () -> handling.view(d.id()))).isInstanceOf(NotFoundException.class);
		assertThat(as("clerk", () -> registry.find(IncomingRegistry.Filter.none(), IncomingRegistry.Sort.NEWEST, 0, 200)).items())
			.extracting(IncomingDocument::id).doesNotContain(d.id());
		// a reader without the clearance is refused; the leader's instruction brings the lead unit into the scope
		assertThatThrownBy(() -> as("confclerk", () -> handling.circulate(d.id(), new Handling.CirculationDraft(Circulation.Mode.ORDERED,
				List.of(account("organizer")))))).isInstanceOf(FieldException.class);
		as("leader", () -> handling.instruct(d.id(), new Handling.InstructionDraft("请调研室阅研", unit("DYS"), null, null, 3)));
		assertThat(as("drafter", () -> handling.view(d.id())).document().marking()).isEqualTo("机密★10年");
	}
}
