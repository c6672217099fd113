package org.chancery.documents;

import java.util.function.Supplier;

import org.chancery.identity.AccountAdministration;
import org.chancery.identity.SignInTestsAccess;

/**
 * Takes a draft along the whole route as the demo accounts would: the drafter creates and submits it,
 * the director reviews, the leader signs, the director re-checks, and the clerk registers and prints it.
 */
final class RouteToPrinting {

	private RouteToPrinting() {
	}

	static OutgoingDocument printed(Drafting drafting, Routing routing, AccountAdministration accounts, Drafting.Draft draft, String clerk, int copies) {
		OutgoingDocument doc = as(accounts, "drafter", () -> drafting.create(draft));
		as(accounts, "drafter", () -> routing.submit(doc.id()));
		as(accounts, "director", () -> routing.review(doc.id(), new Routing.Review(true, null, null)));
		as(accounts, "leader", () -> routing.signOff(doc.id(), new Routing.SignOff(true, "同意")));
		as(accounts, "director", () -> routing.recheck(doc.id(), new Routing.Recheck(null)));
		as(accounts, clerk, () -> routing.register(doc.id(), new Routing.Registration(copies)));
		as(accounts, clerk, () -> routing.print(doc.id()));
		return doc;
	}

	private static <T> T as(AccountAdministration accounts, String username, Supplier<T> action) {
		return SignInTestsAccess.asUser(accounts, username, action);
	}
}
