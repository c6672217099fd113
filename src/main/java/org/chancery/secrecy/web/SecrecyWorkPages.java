package org.chancery.secrecy.web;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chancery.identity.AccountDirectory;
import org.chancery.organization.Organization;
import org.chancery.secrecy.Copying;
import org.chancery.secrecy.Custody;
import org.chancery.secrecy.ProtectedItem;
import org.chancery.secrecy.ProtectedItems;
import org.chancery.secrecy.SecrecyProperties;
import org.chancery.secrecy.SecrecyWork;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One page for everyone's secrecy work: officers approve and review markings, leaders decide copying,
 * couriers and recipients confirm handovers and sign for copies, destructions get approved and
 * witnessed. Each action goes through the same services as the API, with the same checks.
 */
@Controller
@RequestMapping("/secrecy/work")
class SecrecyWorkPages {

	private final SecrecyWork work;
	private final ProtectedItems items;
	private final Copying copying;
	private final Custody custody;
	private final Organization organization;
	private final AccountDirectory directory;

	private final SecrecyProperties properties;

	/** Offices that configure the Western scheme see banner, portion mark and declassification date too. */
	@ModelAttribute("western")
	boolean western() {
		return properties.westernScheme();
	}

	SecrecyWorkPages(SecrecyWork work, ProtectedItems items, Copying copying, Custody custody, Organization organization,
			AccountDirectory directory, SecrecyProperties properties) {
		this.properties = properties;
		this.work = work;
		this.items = items;
		this.copying = copying;
		this.custody = custody;
		this.organization = organization;
		this.directory = directory;
	}

	@GetMapping
	String page(Model model) {
		SecrecyWork.Work mine = work.mine();
		model.addAttribute("work", mine);
		model.addAttribute("units", organization.unitsById(Stream.concat(mine.toApprove().stream(), mine.toReview().stream())
			.map(ProtectedItem::unitId).collect(Collectors.toSet())));
		model.addAttribute("names", directory.byIds(Stream.concat(mine.handovers().stream().flatMap(m -> Stream.of(m.courier(), m.recipient())),
				mine.copyingToDecide().stream().map(r -> r.requestedBy())).collect(Collectors.toSet())));
		return "secrecy/work";
	}

	@GetMapping("/items/{id}")
	String item(@PathVariable UUID id, Model model) {
		var view = items.workView(id);
		model.addAttribute("view", view);
		model.addAttribute("unit", organization.unit(view.item().unitId()));
		model.addAttribute("personOptions", view.leader()
				? organization.people(null, null, false, org.springframework.data.domain.PageRequest.of(0, 500,
						org.springframework.data.domain.Sort.by("staffNumber"))).toList()
				: java.util.List.of());
		return "secrecy/work-item";
	}

	@PostMapping("/items/{id}/remark")
	String remark(@PathVariable UUID id, @RequestParam(defaultValue = "") String marking, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "false") boolean extension, RedirectAttributes redirect) {
		if (marking.isBlank() || reason.isBlank() || reason.length() > 500) {
			return toItem(redirect, id, "flashError", "work.remarkIncomplete");
		}
		try {
			items.remark(id, new ProtectedItems.Remarking(marking, extension, reason));
		}
		catch (org.chancery.kernel.FieldException e) {
			redirect.addFlashAttribute("flashArg", e.arguments().length > 0 ? e.arguments()[0] : "");
			return toItem(redirect, id, "flashError", e.messageKey());
		}
		return toItem(redirect, id, "flash", "work.remarked");
	}

	@PostMapping("/items/{id}/readers")
	String admit(@PathVariable UUID id, @RequestParam(required = false) UUID personId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		if (personId == null || reason.isBlank() || reason.length() > 500) {
			return toItem(redirect, id, "flashError", "work.readerIncomplete");
		}
		items.approveReader(id, new ProtectedItems.ReaderApproval(personId, reason));
		return toItem(redirect, id, "flash", "work.readerAdmitted");
	}

	@PostMapping("/items/{id}/copying")
	String requestCopying(@PathVariable UUID id, @RequestParam(defaultValue = "COPY") org.chancery.secrecy.CopyingRequest.Kind kind,
			@RequestParam(defaultValue = "0") int count, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (count < 1 || count > 99 || reason.isBlank() || reason.length() > 500) {
			return toItem(redirect, id, "flashError", "work.copyingIncomplete");
		}
		copying.request(id, new Copying.Request(kind, count, reason));
		return toItem(redirect, id, "flash", "work.copyingRequested");
	}

	@PostMapping("/notices/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
		items.acknowledge(id);
		return done(redirect, "work.acknowledged");
	}

	@PostMapping("/items/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		items.approve(id);
		return done(redirect, "item.approved");
	}

	@PostMapping("/items/{id}/review")
	String review(@PathVariable UUID id, RedirectAttributes redirect) {
		items.markReviewed(id);
		return done(redirect, "work.reviewed");
	}

	@PostMapping("/copying/{id}/{decision:approve|refuse}")
	String decide(@PathVariable UUID id, @PathVariable String decision, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		if (note.isBlank() || note.length() > 500) {
			redirect.addFlashAttribute("flashError", "work.noteRequired");
			return "redirect:/secrecy/work";
		}
		copying.decide(id, "approve".equals(decision), new Copying.Decision(note));
		return done(redirect, "work.decided");
	}

	@PostMapping("/manifests/{id}/courier")
	String courier(@PathVariable UUID id, RedirectAttributes redirect) {
		custody.courierTakes(id);
		return done(redirect, "work.confirmed");
	}

	@PostMapping("/manifests/{id}/delivery")
	String delivery(@PathVariable UUID id, RedirectAttributes redirect) {
		custody.delivered(id);
		return done(redirect, "work.confirmed");
	}

	@PostMapping("/manifests/{id}/copies/{copyId}/sign")
	String sign(@PathVariable UUID id, @PathVariable UUID copyId, RedirectAttributes redirect) {
		custody.signFor(id, copyId);
		return done(redirect, "work.signed");
	}

	@PostMapping("/destructions/{id}/{step:approve|witness}")
	String destruction(@PathVariable UUID id, @PathVariable String step, RedirectAttributes redirect) {
		if ("approve".equals(step)) {
			custody.approveDestruction(id);
		}
		else {
			custody.witnessDestruction(id);
		}
		return done(redirect, "work.confirmed");
	}

	/** Back to the item's page with a message ({@code flash} or {@code flashError}). */
	private static String toItem(RedirectAttributes redirect, UUID id, String kind, String key) {
		redirect.addFlashAttribute(kind, key);
		return "redirect:/secrecy/work/items/" + id;
	}

	private static String done(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("flash", key);
		return "redirect:/secrecy/work";
	}
}
