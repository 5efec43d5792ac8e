package org.activemat.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The icons of the workbench, in one place so toolbar, tabs and menus agree. */
public enum Icons {
    OPEN_DATA(MaterialDesignD.DATABASE),
    OPEN_EXPERIMENT(MaterialDesignF.FOLDER_OPEN),
    SAVE_EXPERIMENT(MaterialDesignC.CONTENT_SAVE),
    RUN(MaterialDesignP.PLAY),
    CANCEL(MaterialDesignS.STOP),
    EXPORT(MaterialDesignE.EXPORT),
    ABOUT(MaterialDesignI.INFORMATION_OUTLINE),
    GUIDE(MaterialDesignS.SCHOOL_OUTLINE),
    SUGGEST(MaterialDesignL.LIGHTBULB_ON_OUTLINE),
    DATA(MaterialDesignT.TABLE_LARGE),
    DESCRIPTORS(MaterialDesignC.CHART_SCATTER_PLOT),
    STRATEGIES(MaterialDesignT.TUNE),
    RUN_TAB(MaterialDesignC.CHART_LINE),
    RESULTS(MaterialDesignF.FILE_CHART_OUTLINE),
    STUDY(MaterialDesignV.VIEW_GRID_OUTLINE),
    SAMPLE(MaterialDesignA.ATOM);

    private final Ikon ikon;

    Icons(Ikon ikon) { this.ikon = ikon; }

    public FontIcon icon() { return icon(18); }

    public FontIcon icon(int size) {
        FontIcon i = FontIcon.of(ikon, size);
        i.getStyleClass().add("am-icon");
        return i;
    }
}
