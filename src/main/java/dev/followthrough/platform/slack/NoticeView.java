package dev.followthrough.platform.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewTitle;
import java.util.List;

/** A form's place taken by a short notice, for a form with no field to show an error on. */
final class NoticeView {

    private NoticeView() {}

    static View of(String text) {
        return View.builder()
                .type("modal")
                .title(ViewTitle.builder().type("plain_text").text("Not saved").build())
                .close(ViewClose.builder().type("plain_text").text("Close").build())
                .blocks(List.of(section(section -> section.text(markdownText(":warning: " + Mrkdwn.escape(text))))))
                .build();
    }
}
