package org.copact.overview;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.copact.common.InvalidInputException;
import org.copact.documents.DocumentProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public verification, open to anyone without a login: a page ({@code /verify}) and an endpoint
 * ({@code /api/public/verification}) that take a SHA-256, or the PDF of a signed pact up to the
 * document size limit, and say what Copact knows of it ({@link PublicVerification}). Each client
 * may ask a few times a minute ({@link VerificationLimits}).
 */
@Controller
class PublicVerificationController {

    static final String PAGE = "verify";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final PublicVerification verification;
    private final VerificationLimits limits;
    private final DocumentProperties documents;

    PublicVerificationController(PublicVerification verification, VerificationLimits limits,
            DocumentProperties documents) {
        this.verification = verification;
        this.limits = limits;
        this.documents = documents;
    }

    @GetMapping(path = "/api/public/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    PublicVerification.Answer byHash(@RequestParam(name = "sha256", required = false) String sha256,
            HttpServletRequest request) {
        limit(request);
        return verification.ofHash(hash(sha256));
    }

    @PostMapping(path = "/api/public/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    PublicVerification.Answer byFile(@RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request) {
        limit(request);
        return verification.ofFile(pdf(file));
    }

    @GetMapping("/verify")
    String page(@RequestParam(name = "sha256", required = false) String sha256, HttpServletRequest request,
            Model model) {
        if (sha256 != null) {
            answer(model, request, () -> verification.ofHash(hash(sha256)));
            model.addAttribute("sha256", sha256);
        }
        return PAGE;
    }

    @PostMapping("/verify")
    String pageWithFile(@RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request, Model model) {
        answer(model, request, () -> verification.ofFile(pdf(file)));
        return PAGE;
    }

    private void answer(Model model, HttpServletRequest request, java.util.function.Supplier<PublicVerification.Answer> ask) {
        if (!limits.allows(request.getRemoteAddr())) {
            model.addAttribute("error", "page.verify.error.limit");
            return;
        }
        try {
            model.addAttribute("answer", ask.get());
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.errors().get(0).field().equals("sha256") ? "page.verify.error.sha"
                    : "page.verify.error.file");
            model.addAttribute("maxSize", documents.maxSize().toMegabytes() + " MB");
        }
    }

    private void limit(HttpServletRequest request) {
        if (!limits.allows(request.getRemoteAddr())) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    "At most " + limits.perMinute() + " checks a minute from one address: try again in a minute.");
        }
    }

    private static String hash(String sha256) {
        String hash = sha256 == null ? "" : sha256.strip();
        if (!hash.matches("[0-9a-fA-F]{64}")) {
            throw new InvalidInputException("sha256", "must be a SHA-256: 64 hexadecimal characters");
        }
        return hash;
    }

    private byte[] pdf(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "must be a PDF file");
        }
        if (file.getSize() > documents.maxSize().toBytes()) {
            throw new InvalidInputException("file", "must be at most " + documents.maxSize().toMegabytes() + " MB");
        }
        try {
            byte[] bytes = file.getBytes();
            if (bytes.length < PDF_MAGIC.length || !Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0,
                    PDF_MAGIC.length)) {
                throw new InvalidInputException("file", "must be a PDF file");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException("file", "could not be read: send it again");
        }
    }
}
