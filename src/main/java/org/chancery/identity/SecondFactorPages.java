package org.chancery.identity;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chancery.identity.AccountCommands.CodeEntry;
import org.chancery.kernel.FieldException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The second step of signing in: a one-time code, or enrolment of an authenticator for security roles. */
@Controller
public class SecondFactorPages {

	private final AccountAdministration accounts;
	private final SignInHandlers handlers;

	SecondFactorPages(AccountAdministration accounts, SignInHandlers handlers) {
		this.accounts = accounts;
		this.handlers = handlers;
	}

	@GetMapping("/login/code")
	String codeForm(@ModelAttribute("form") CodeEntry form) {
		return "identity/code";
	}

	@PostMapping("/login/code")
	String code(@AuthenticationPrincipal ChanceryUser user, @Valid @ModelAttribute("form") CodeEntry form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response) {
		if (errors.hasErrors()) {
			return "identity/code";
		}
		if (accounts.verifySecondFactor(user.accountId(), form.code())) {
			handlers.complete(request, response, user, "password+totp");
			return "redirect:/";
		}
		accounts.failedSignIn(user.getUsername(), "totp");
		if (accounts.findForSession(user.accountId()).map(Account::locked).orElse(true)) {
			handlers.abandon(request, response);
			return "redirect:/login?error=locked";
		}
		errors.rejectValue("code", "totp.wrongCode");
		return "identity/code";
	}

	@GetMapping("/login/enrol")
	String enrolForm(@AuthenticationPrincipal ChanceryUser user, @ModelAttribute("form") CodeEntry form, Model model) {
		String secret = accounts.pendingTotpSecret(user.accountId()).orElseGet(() -> accounts.startTotpEnrolment(user.accountId()));
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("qr", qrDataUri(Totp.uri("Chancery", user.getUsername(), secret)));
		return "identity/enrol";
	}

	@PostMapping("/login/enrol")
	String enrol(@AuthenticationPrincipal ChanceryUser user, @Valid @ModelAttribute("form") CodeEntry form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				accounts.confirmTotp(user.accountId(), form.code());
				handlers.complete(request, response, user, "password+totp-enrolled");
				return "redirect:/";
			}
			catch (FieldException e) {
				errors.rejectValue(e.field(), e.messageKey());
			}
		}
		return enrolForm(user, form, model);
	}

	/** An SVG QR code as a data URI, drawn from zxing's bit matrix. */
	public static String qrDataUri(String text) {
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
			hints.put(EncodeHintType.MARGIN, 2);
			BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
			StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + m.getWidth() + " "
					+ m.getHeight() + "' shape-rendering='crispEdges'><rect width='100%' height='100%' fill='#fff'/><path fill='#000' d='");
			for (int y = 0; y < m.getHeight(); y++) {
				for (int x = 0; x < m.getWidth(); x++) {
					if (m.get(x, y)) {
						svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			svg.append("'/></svg>");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes(svg.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
		}
		catch (WriterException e) {
			throw new IllegalStateException(e);
		}
	}
}
