## Messages of the module render-ejected

render-ejected-copy-theme-s-older = this copy of the theme's { $rel } is older than the theme's file: it has changed since it was copied, and its fixes do not reach this copy
render-ejected-file-was-copied-from = this file was copied from the theme's { $rel }, which the theme no longer has
render-ejected-ozyq-theme-list-names-hint = `ozyq theme list` names the theme's files; the first line of this file may be deleted
render-ejected-bring-up-to-date-hint = `ozyq theme show { $rel }` prints the theme's file; bring your copy up to date, then write { $new } in place of { $old } on its first line (or delete the copy to use the theme's)
