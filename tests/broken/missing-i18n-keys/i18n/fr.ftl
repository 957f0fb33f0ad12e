skip-link = Aller au contenu
